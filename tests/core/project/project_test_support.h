// Small worlds for the project tests: documents, one-to-one alignments, snapshots to compare.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"
#include "core/project/project.h"

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

namespace tandem::testing {

/// Everything a project holds apart from its journal.
struct Snapshot {
    Document source;
    Document target;
    Alignment alignment;
    std::vector<Term> terms;
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

inline Snapshot snapshot(const Project& p) { return {p.source(), p.target(), p.alignment(), p.terms()}; }

/// `n` numbered segments ("S1 ...", "T1 ...") per side, aligned one to one with confidence 0.5;
/// every third segment starts a paragraph.
inline Snapshot oneToOne(std::size_t n) {
    Snapshot s;
    s.source.language = "en";
    s.target.language = "ru";
    for (std::size_t i = 0; i < n; ++i) {
        s.source.segments.push_back(Segment{"Source sentence " + std::to_string(i + 1) + ".", "", i / 3});
        s.target.segments.push_back(Segment{"Целевое предложение " + std::to_string(i + 1) + ".", "", i / 3});
        s.alignment.push_back(Bead{i, i + 1, i, i + 1, 0.5, BeadStatus::Auto});
    }
    return s;
}

inline Project createProject(const std::string& path, const Snapshot& s) {
    return Project::create(path, s.source, s.target, s.alignment);
}

/// A fresh directory under the system temp dir, removed when the object goes.
class TempDir {
public:
    TempDir() {
        const auto base = std::filesystem::temp_directory_path();
        for (int i = 0;; ++i) {
            m_path = base / ("tandem-project-test-" + std::to_string(::getpid()) + "-" + std::to_string(i));
            if (std::filesystem::create_directory(m_path))
                break;
        }
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

} // namespace tandem::testing
