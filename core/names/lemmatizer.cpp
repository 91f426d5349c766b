// Hunspell behind the Lemmatizer: dictionary lookup, encoding conversion, capitalisation.
#include "core/names/lemmatizer.h"

#include "core/error.h"
#include "core/names/icu_strings.h"

#include <hunspell/hunspell.hxx>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <fstream>

namespace tandem {
namespace {

using icu_strings::fromUtf8;
using icu_strings::toUtf8;

bool endsWithAny(const icu::UnicodeString& s, std::initializer_list<const char16_t*> endings) {
    for (const char16_t* e : endings)
        if (s.endsWith(icu::UnicodeString(e)))
            return true;
    return false;
}

} // namespace

struct Lemmatizer::Impl {
    std::filesystem::path dic;
    std::unique_ptr<Hunspell> hunspell;
    std::string encoding; ///< the dictionary's encoding (ICU converter name)

    std::string toDictionary(std::string_view utf8) const {
        if (encoding == "UTF-8")
            return std::string(utf8);
        const icu::UnicodeString u = fromUtf8(utf8);
        std::string out(static_cast<std::size_t>(u.length()) * 4 + 1, '\0');
        const int32_t n = u.extract(0, u.length(), out.data(), static_cast<uint32_t>(out.size()), encoding.c_str());
        out.resize(static_cast<std::size_t>(n));
        return out;
    }

    std::string fromDictionary(const std::string& bytes) const {
        if (encoding == "UTF-8")
            return bytes;
        return toUtf8(icu::UnicodeString(bytes.data(), static_cast<int32_t>(bytes.size()), encoding.c_str()));
    }
};

std::optional<Lemmatizer> Lemmatizer::open(const std::filesystem::path& directory, std::string_view language) {
    const std::string primary(language.substr(0, language.find_first_of("-_")));
    std::error_code ec;
    if (primary.empty() || !std::filesystem::is_directory(directory, ec))
        return std::nullopt;
    std::filesystem::path dic;
    for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".dic" &&
            (name == primary + ".dic" || name.rfind(primary + "_", 0) == 0) &&
            (dic.empty() || name < dic.filename().string()))
            dic = entry.path();
    }
    if (dic.empty())
        return std::nullopt;
    std::filesystem::path aff = dic;
    aff.replace_extension(".aff");
    for (const auto& file : {dic, aff})
        if (!std::ifstream(file))
            throw IoError(file.string() + ": cannot read the Hunspell dictionary");
    auto impl = std::make_unique<Impl>();
    impl->dic = dic;
    impl->hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    impl->encoding = impl->hunspell->get_dict_encoding();
    if (impl->encoding == "utf-8" || impl->encoding == "UTF8")
        impl->encoding = "UTF-8";
    return Lemmatizer(std::move(impl));
}

Lemmatizer::Lemmatizer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;
Lemmatizer& Lemmatizer::operator=(Lemmatizer&&) noexcept = default;
Lemmatizer::~Lemmatizer() = default;

const std::filesystem::path& Lemmatizer::dictionary() const { return m_impl->dic; }

std::optional<Lemma> Lemmatizer::lemma(std::string_view word) {
    const icu::UnicodeString surface = fromUtf8(word);
    if (surface.isEmpty())
        return std::nullopt;
    const std::vector<std::string> stems = m_impl->hunspell->stem(m_impl->toDictionary(word));
    if (stems.empty())
        return std::nullopt;
    icu::UnicodeString base = fromUtf8(m_impl->fromDictionary(stems.front()));
    Lemma out;
    out.common = !u_isupper(base.char32At(0));
    const icu::UnicodeString lowerBase = icu::UnicodeString(base).toLower(icu::Locale::getRoot());
    out.adjective = endsWithAny(lowerBase, {u"ий", u"ый", u"ой"}) &&
                    endsWithAny(icu::UnicodeString(surface).toLower(icu::Locale::getRoot()),
                                {u"ий", u"ый", u"ой", u"ая", u"яя", u"ое", u"ее", u"ого", u"его", u"ому", u"ему",
                                 u"ым", u"им", u"ую", u"юю", u"ые", u"ие", u"ых", u"их", u"ей"});
    // Carry the word's capitalisation over: an all-capital word stays so, a capital initial stays.
    const bool allCapitals = icu::UnicodeString(surface).toUpper(icu::Locale::getRoot()) == surface &&
                             surface.length() > 1;
    if (allCapitals)
        base.toUpper(icu::Locale::getRoot());
    else if (u_isupper(surface.char32At(0)) && !base.isEmpty())
        base.replace(0, U16_LENGTH(base.char32At(0)), icu::UnicodeString(u_toupper(base.char32At(0))));
    out.form = toUtf8(base);
    return out;
}

} // namespace tandem
