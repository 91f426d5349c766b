// The Project facade: the content in memory for reading, every edit written through ProjectStore in
// one transaction together with its journal entry.
#include "core/project/project.h"

#include "core/error.h"
#include "core/project/edit_codec.h"
#include "core/project/edit_resolve.h"
#include "core/project/project_store.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <optional>
#include <string_view>
#include <type_traits>

namespace tandem {
namespace {

/// Distance between the keys of neighbouring rows when they are (re)numbered.
constexpr std::int64_t keyGap = std::int64_t{1} << 20;

bool isMemory(const std::string& path) { return path.empty() || path == Project::inMemory; }

std::string utcNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

bool isUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        char32_t c = n == 1 ? b : b & (0x7F >> n);
        for (std::size_t k = 1; k < n; ++k) {
            const auto t = static_cast<unsigned char>(s[i + k]);
            if ((t & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (t & 0x3F);
        }
        static constexpr char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
        if (c < least[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        i += n;
    }
    return true;
}

/// The journal stores edits as JSON, which needs UTF-8: refuse other bytes when the project is made.
void requireUtf8(const std::string& path, const Document& document, Side side) {
    for (std::size_t i = 0; i < document.segments.size(); ++i)
        if (!isUtf8(document.segments[i].text) || !isUtf8(document.segments[i].original))
            throw UsageError(path + ": " + toString(side) + " segment " + std::to_string(i + 1) +
                             " is not valid UTF-8");
}

std::vector<std::int64_t> evenKeys(std::size_t count) {
    std::vector<std::int64_t> keys(count);
    for (std::size_t i = 0; i < count; ++i)
        keys[i] = static_cast<std::int64_t>(i + 1) * keyGap;
    return keys;
}

/// Keys for `count` new rows going before row `position` of `keys`. When the gap there is too small,
/// renumbers every row first (through `rekey`, which updates the store).
template <class Rekey>
std::vector<std::int64_t> allocateKeys(std::vector<std::int64_t>& keys, std::size_t position, std::size_t count,
                                       Rekey&& rekey) {
    const auto n = static_cast<std::int64_t>(count);
    auto low = [&] { return position > 0 ? keys[position - 1] : std::int64_t{0}; };
    auto high = [&] { return position < keys.size() ? keys[position] : low() + keyGap * (n + 1); };
    if (high() - low() - 1 < n) {
        std::vector<std::int64_t> renumbered(keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i)
            renumbered[i] = static_cast<std::int64_t>(i + 1 + (i >= position ? count : 0)) * keyGap;
        rekey(keys, renumbered);
        keys = std::move(renumbered);
    }
    const std::int64_t lo = low();
    const std::int64_t step = (high() - lo) / (n + 1);
    std::vector<std::int64_t> fresh(count);
    for (std::size_t j = 0; j < count; ++j)
        fresh[j] = lo + step * static_cast<std::int64_t>(j + 1);
    return fresh;
}

template <class T>
void replaceWindow(std::vector<T>& items, std::size_t index, std::size_t count, const std::vector<T>& with) {
    const auto first = items.begin() + static_cast<std::ptrdiff_t>(index);
    const std::size_t common = std::min(count, with.size());
    std::copy(with.begin(), with.begin() + static_cast<std::ptrdiff_t>(common), first);
    if (count > with.size())
        items.erase(first + static_cast<std::ptrdiff_t>(common), first + static_cast<std::ptrdiff_t>(count));
    else
        items.insert(first + static_cast<std::ptrdiff_t>(common), with.begin() + static_cast<std::ptrdiff_t>(common),
                     with.end());
}

} // namespace

struct Project::State {
    /// Glossary changes of one edit, already checked.
    struct GlossaryWork {
        std::vector<Term> add;
        std::optional<Term> update;
        std::vector<std::int64_t> remove;
    };

    ProjectStore store;
    std::string path;
    StoredProject data;
    std::int64_t position = 0; ///< last applied journal entry, 0 when none
    std::int64_t redoId = 0;   ///< entry redo() applies, 0 when none
    std::string undoText, redoText;
    Change lastChange;
    std::function<void(const Change&)> listener;

    /// An edit made ready to write: what the journal records and what the store must do.
    struct Prepared {
        Edit redo;    ///< the edit in the form redo() applies again
        Edit inverse; ///< the edit that undoes it
        Change change;
        std::variant<ReplaceRange, GlossaryWork> work;
    };

    State(ProjectStore s, std::string p) : store(std::move(s)), path(std::move(p)) {}

    ProjectContent content() const { return {data.source, data.target, data.alignment, data.terms}; }

    Document& document(Side side) { return side == Side::Source ? data.source : data.target; }
    std::vector<std::int64_t>& segmentKeys(Side side) {
        return side == Side::Source ? data.sourceKeys : data.targetKeys;
    }

    Prepared prepare(const Edit& edit) const;
    GlossaryWork prepareGlossary(const Edit& edit, Edit& redo, Edit& inverse) const;
    void write(const Prepared& prepared);
    void writePatch(const ReplaceRange& patch);
    void writeSegments(Side side, const ReplaceRange::SegmentWindow& window);
    void writeGlossary(const GlossaryWork& work);

    /// Runs `body` in one transaction; on failure rolls back and reloads the content from the store
    /// so that memory and file agree again, then rethrows.
    template <class Body>
    void transact(Body&& body) {
        try {
            sqlite::Transaction transaction(store.database());
            body();
            transaction.commit();
        } catch (...) {
            reload();
            throw;
        }
    }

    void reload() {
        data = store.load();
        position = store.journalPosition();
        refreshJournal();
    }

    void refreshJournal() {
        redoId = store.nextJournalId(position);
        undoText = position ? store.journalDescription(position) : std::string();
        redoText = redoId ? store.journalDescription(redoId) : std::string();
    }

    void notify(const Change& change) {
        lastChange = change;
        if (listener)
            listener(change);
    }

    Edit decodeJournalEdit(const std::string& json) const {
        try {
            return decodeEdit(json);
        } catch (const ParseError& e) {
            throw StoreError(path + ": damaged journal: " + e.what());
        }
    }

    Prepared prepareJournalEdit(const Edit& edit) const {
        try {
            return prepare(edit);
        } catch (const UsageError& e) {
            throw StoreError(path + ": the journal does not match the project: " + e.what());
        }
    }
};

Project::State::Prepared Project::State::prepare(const Edit& edit) const {
    const bool glossary = std::holds_alternative<AddTerms>(edit) || std::holds_alternative<UpdateTerm>(edit) ||
                          std::holds_alternative<RemoveTerms>(edit);
    if (glossary) {
        Prepared prepared{edit, edit, Change{0, 0, 0, false, true}, GlossaryWork{}};
        prepared.work = prepareGlossary(edit, prepared.redo, prepared.inverse);
        return prepared;
    }
    const ProjectContent c = content();
    ReplaceRange patch = resolve(c, edit);
    checkPatch(c, patch);
    Edit inverse;
    if (const auto* status = std::get_if<SetStatus>(&edit)) {
        inverse = SetStatus{status->row, data.alignment[status->row].status};
    } else {
        ReplaceRange back = inverseOf(c, patch);
        back.description = "Undo: " + describe(edit);
        inverse = std::move(back);
    }
    const bool segments = !patch.source.segments.empty() || patch.source.count > 0 ||
                          !patch.target.segments.empty() || patch.target.count > 0;
    Change change{patch.row, patch.rowCount, patch.beads.size(), segments, false};
    // A re-alignment is journaled as its result, so that redo() does not run the aligner again.
    Edit redo = std::holds_alternative<Realign>(edit) ? Edit(patch) : edit;
    return Prepared{std::move(redo), std::move(inverse), change, std::move(patch)};
}

Project::State::GlossaryWork Project::State::prepareGlossary(const Edit& edit, Edit& redo, Edit& inverse) const {
    GlossaryWork work;
    auto find = [&](std::int64_t id) -> const Term* {
        const auto it = std::lower_bound(data.terms.begin(), data.terms.end(), id,
                                         [](const Term& t, std::int64_t v) { return t.id < v; });
        return it != data.terms.end() && it->id == id ? &*it : nullptr;
    };
    auto check = [](const Term& term) {
        if (term.source.empty() && term.target.empty())
            throw UsageError("a glossary entry needs a source or a target form");
        if (term.occurrences < 0)
            throw UsageError("a glossary entry cannot occur a negative number of times");
        if (!std::isfinite(term.score))
            throw UsageError("a glossary entry's score must be a number");
    };
    if (const auto* add = std::get_if<AddTerms>(&edit)) {
        std::int64_t next = data.terms.empty() ? 1 : data.terms.back().id + 1;
        for (const Term& t : add->terms)
            next = std::max(next, t.id + 1);
        RemoveTerms back;
        for (Term term : add->terms) {
            check(term);
            if (term.id == 0)
                term.id = next++;
            else if (term.id < 0 || find(term.id) ||
                     std::find(back.ids.begin(), back.ids.end(), term.id) != back.ids.end())
                throw UsageError("glossary id " + std::to_string(term.id) + " is already taken");
            back.ids.push_back(term.id);
            work.add.push_back(std::move(term));
        }
        redo = AddTerms{work.add};
        inverse = std::move(back);
    } else if (const auto* update = std::get_if<UpdateTerm>(&edit)) {
        check(update->term);
        const Term* old = find(update->term.id);
        if (!old)
            throw UsageError("there is no glossary entry with id " + std::to_string(update->term.id));
        work.update = update->term;
        inverse = UpdateTerm{*old};
    } else {
        const auto& remove = std::get<RemoveTerms>(edit);
        AddTerms back;
        for (std::int64_t id : remove.ids) {
            const Term* old = find(id);
            if (!old)
                throw UsageError("there is no glossary entry with id " + std::to_string(id));
            if (std::find(work.remove.begin(), work.remove.end(), id) != work.remove.end())
                throw UsageError("glossary id " + std::to_string(id) + " is named twice");
            work.remove.push_back(id);
            back.terms.push_back(*old);
        }
        inverse = std::move(back);
    }
    return work;
}

void Project::State::write(const Prepared& prepared) {
    if (const auto* patch = std::get_if<ReplaceRange>(&prepared.work))
        writePatch(*patch);
    else
        writeGlossary(std::get<GlossaryWork>(prepared.work));
}

void Project::State::writeSegments(Side side, const ReplaceRange::SegmentWindow& w) {
    auto& segments = document(side).segments;
    auto& keys = segmentKeys(side);
    const std::size_t common = std::min(w.count, w.segments.size());
    for (std::size_t i = 0; i < common; ++i)
        if (!(segments[w.index + i] == w.segments[i]))
            store.updateSegment(side, keys[w.index + i], w.segments[i]);
    for (std::size_t i = w.segments.size(); i < w.count; ++i)
        store.deleteSegment(side, keys[w.index + i]);
    std::vector<std::int64_t> fresh;
    if (w.segments.size() > w.count) {
        fresh = allocateKeys(keys, w.index + w.count, w.segments.size() - w.count,
                             [&](const auto& from, const auto& to) { store.rekeySegments(side, from, to); });
        for (std::size_t j = 0; j < fresh.size(); ++j)
            store.insertSegment(side, fresh[j], w.segments[w.count + j]);
    }
    replaceWindow(segments, w.index, w.count, w.segments);
    std::vector<std::int64_t> windowKeys(keys.begin() + static_cast<std::ptrdiff_t>(w.index),
                                         keys.begin() + static_cast<std::ptrdiff_t>(w.index + common));
    windowKeys.insert(windowKeys.end(), fresh.begin(), fresh.end());
    replaceWindow(keys, w.index, w.count, windowKeys);
}

void Project::State::writePatch(const ReplaceRange& p) {
    writeSegments(Side::Source, p.source);
    writeSegments(Side::Target, p.target);

    auto& beads = data.alignment;
    auto& keys = data.beadKeys;
    const std::size_t common = std::min(p.rowCount, p.beads.size());
    for (std::size_t i = 0; i < common; ++i) {
        const Bead& old = beads[p.row + i];
        const Bead& now = p.beads[i];
        if (old.srcCount() != now.srcCount() || old.tgtCount() != now.tgtCount() || old.status != now.status ||
            old.confidence != now.confidence)
            store.updateBead(keys[p.row + i], now);
    }
    for (std::size_t i = p.beads.size(); i < p.rowCount; ++i)
        store.deleteBead(keys[p.row + i]);
    std::vector<std::int64_t> fresh;
    if (p.beads.size() > p.rowCount) {
        fresh = allocateKeys(keys, p.row + p.rowCount, p.beads.size() - p.rowCount,
                             [&](const auto& from, const auto& to) { store.rekeyBeads(from, to); });
        for (std::size_t j = 0; j < fresh.size(); ++j)
            store.insertBead(fresh[j], p.beads[p.rowCount + j]);
    }
    replaceWindow(beads, p.row, p.rowCount, p.beads);
    std::vector<std::int64_t> windowKeys(keys.begin() + static_cast<std::ptrdiff_t>(p.row),
                                         keys.begin() + static_cast<std::ptrdiff_t>(p.row + common));
    windowKeys.insert(windowKeys.end(), fresh.begin(), fresh.end());
    replaceWindow(keys, p.row, p.rowCount, windowKeys);

    // Beads below the window follow the segments added or removed inside it.
    const auto srcDelta = static_cast<std::ptrdiff_t>(p.source.segments.size()) - static_cast<std::ptrdiff_t>(p.source.count);
    const auto tgtDelta = static_cast<std::ptrdiff_t>(p.target.segments.size()) - static_cast<std::ptrdiff_t>(p.target.count);
    if (srcDelta != 0 || tgtDelta != 0)
        for (std::size_t r = p.row + p.beads.size(); r < beads.size(); ++r) {
            beads[r].srcBegin += srcDelta, beads[r].srcEnd += srcDelta;
            beads[r].tgtBegin += tgtDelta, beads[r].tgtEnd += tgtDelta;
        }

    if (!coversExactly(beads, data.source.segments.size(), data.target.segments.size()))
        throw Error(path + ": an edit broke the alignment's coverage; nothing was changed");
}

void Project::State::writeGlossary(const GlossaryWork& work) {
    auto position = [&](std::int64_t id) {
        return std::lower_bound(data.terms.begin(), data.terms.end(), id,
                                [](const Term& t, std::int64_t v) { return t.id < v; });
    };
    for (const Term& term : work.add) {
        store.insertTerm(term);
        data.terms.insert(position(term.id), term);
    }
    if (work.update) {
        store.updateTerm(*work.update);
        *position(work.update->id) = *work.update;
    }
    for (std::int64_t id : work.remove) {
        store.deleteTerm(id);
        data.terms.erase(position(id));
    }
}

Project::Project(std::unique_ptr<State> state) : m_state(std::move(state)) {}
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;
Project::~Project() = default;

Project Project::create(const std::string& path, Document source, Document target, Alignment alignment) {
    if (!coversExactly(alignment, source.segments.size(), target.segments.size()))
        throw UsageError(path + ": the alignment does not cover the documents exactly");
    requireUtf8(path, source, Side::Source);
    requireUtf8(path, target, Side::Target);
    const bool memory = isMemory(path);
    std::error_code ec;
    if (!memory && std::filesystem::exists(path, ec))
        throw StoreError(path + ": already exists; a new project needs a new file");
    // A file project is written under a temporary name and renamed when complete, so that a crash
    // never leaves a half-written project under `path`.
    const std::string building = memory ? std::string(inMemory) : path + ".partial";
    auto removeBuilding = [&] {
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(building + suffix, ec);
    };
    if (!memory)
        removeBuilding();

    StoredProject data;
    data.sourceKeys = evenKeys(source.segments.size());
    data.targetKeys = evenKeys(target.segments.size());
    data.beadKeys = evenKeys(alignment.size());
    data.source = std::move(source);
    data.target = std::move(target);
    data.alignment = std::move(alignment);
    try {
        std::optional<ProjectStore> store(ProjectStore::create(building));
        {
            sqlite::Transaction transaction(store->database());
            store->setLanguages(data.source.language, data.target.language);
            store->setMeta("created", utcNow());
            for (std::size_t i = 0; i < data.source.segments.size(); ++i)
                store->insertSegment(Side::Source, data.sourceKeys[i], data.source.segments[i]);
            for (std::size_t i = 0; i < data.target.segments.size(); ++i)
                store->insertSegment(Side::Target, data.targetKeys[i], data.target.segments[i]);
            for (std::size_t i = 0; i < data.alignment.size(); ++i)
                store->insertBead(data.beadKeys[i], data.alignment[i]);
            transaction.commit();
        }
        if (!memory) {
            store.reset(); // closing the file folds its WAL in before the rename
            std::filesystem::rename(building, path);
            store.emplace(ProjectStore::open(path));
        }
        auto state = std::make_unique<State>(std::move(*store), path);
        state->data = std::move(data);
        state->refreshJournal();
        return Project(std::move(state));
    } catch (const std::filesystem::filesystem_error& e) {
        removeBuilding();
        throw StoreError(path + ": cannot create the project: " + e.code().message());
    } catch (...) {
        if (!memory)
            removeBuilding();
        throw;
    }
}

Project Project::open(const std::string& path) {
    if (isMemory(path))
        throw UsageError("a project in memory cannot be opened; create it");
    auto state = std::make_unique<State>(ProjectStore::open(path), path);
    state->reload();
    return Project(std::move(state));
}

const std::string& Project::path() const { return m_state->path; }
const Document& Project::source() const { return m_state->data.source; }
const Document& Project::target() const { return m_state->data.target; }
const Document& Project::document(Side side) const { return side == Side::Source ? source() : target(); }
const Alignment& Project::alignment() const { return m_state->data.alignment; }
std::size_t Project::beadCount() const { return m_state->data.alignment.size(); }

const Bead& Project::bead(std::size_t row) const {
    if (row >= beadCount())
        throw UsageError("there is no row " + std::to_string(row + 1) + " (the alignment has " +
                         std::to_string(beadCount()) + " rows)");
    return m_state->data.alignment[row];
}

std::string Project::beadText(std::size_t row, Side side) const {
    const Bead& b = bead(row);
    const auto& segments = document(side).segments;
    const std::size_t begin = side == Side::Source ? b.srcBegin : b.tgtBegin;
    const std::size_t end = side == Side::Source ? b.srcEnd : b.tgtEnd;
    std::string text;
    for (std::size_t i = begin; i < end; ++i) {
        if (i > begin)
            text += ' ';
        text += segments[i].text;
    }
    return text;
}

std::size_t Project::rowOfSegment(Side side, std::size_t index) const {
    return tandem::rowOfSegment(m_state->data.alignment, side, index);
}

const std::vector<Term>& Project::terms() const { return m_state->data.terms; }

const Term* Project::findTerm(std::int64_t id) const {
    const auto& terms = m_state->data.terms;
    const auto it = std::lower_bound(terms.begin(), terms.end(), id,
                                     [](const Term& t, std::int64_t v) { return t.id < v; });
    return it != terms.end() && it->id == id ? &*it : nullptr;
}

Edit Project::apply(const Edit& edit) {
    State& s = *m_state;
    State::Prepared prepared = s.prepare(edit);
    const std::string description = describe(edit);
    const std::string redo = encodeEdit(prepared.redo);
    const std::string undo = encodeEdit(prepared.inverse);
    std::int64_t id = 0;
    s.transact([&] {
        s.write(prepared);
        s.store.dropJournalAfter(s.position);
        id = s.store.appendJournal(utcNow(), description, redo, undo);
        s.store.setJournalPosition(id);
    });
    s.position = id;
    s.redoId = 0;
    s.undoText = description;
    s.redoText.clear();
    s.notify(prepared.change);
    return std::move(prepared.inverse);
}

bool Project::canUndo() const { return m_state->position != 0; }
bool Project::canRedo() const { return m_state->redoId != 0; }
std::string Project::undoDescription() const { return m_state->undoText; }
std::string Project::redoDescription() const { return m_state->redoText; }

void Project::undo() {
    State& s = *m_state;
    if (!canUndo())
        throw UsageError("nothing to undo");
    const auto entry = s.store.journalEntry(s.position);
    if (!entry)
        throw StoreError(s.path + ": damaged journal: entry " + std::to_string(s.position) + " is missing");
    const State::Prepared prepared = s.prepareJournalEdit(s.decodeJournalEdit(entry->undo));
    const std::int64_t previous = s.store.previousJournalId(s.position);
    s.transact([&] {
        s.write(prepared);
        s.store.setJournalPosition(previous);
    });
    s.position = previous;
    s.refreshJournal();
    s.notify(prepared.change);
}

void Project::redo() {
    State& s = *m_state;
    if (!canRedo())
        throw UsageError("nothing to redo");
    const auto entry = s.store.journalEntry(s.redoId);
    if (!entry)
        throw StoreError(s.path + ": damaged journal: entry " + std::to_string(s.redoId) + " is missing");
    const State::Prepared prepared = s.prepareJournalEdit(s.decodeJournalEdit(entry->redo));
    s.transact([&] {
        s.write(prepared);
        s.store.setJournalPosition(entry->id);
    });
    s.position = entry->id;
    s.refreshJournal();
    s.notify(prepared.change);
}

std::vector<JournalEntry> Project::journal() const {
    std::vector<JournalEntry> entries;
    for (const StoredJournalEntry& e : m_state->store.journalHeadlines())
        entries.push_back(JournalEntry{e.id, e.description, e.time, e.id <= m_state->position});
    return entries;
}

const Change& Project::lastChange() const { return m_state->lastChange; }

void Project::setChangeListener(std::function<void(const Change&)> listener) {
    m_state->listener = std::move(listener);
}

} // namespace tandem
