// Crash-safe output files: written under a temporary name beside the final one, made durable with
// fsync and renamed into place, so a file under its final name is always complete.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace tandem {

/// One output file being written. Until commit() the final path is untouched; a file destroyed
/// without commit() removes its temporary. Not copyable; errors throw IoError naming the file.
class AtomicFile {
public:
    /// Creates the temporary in path's folder (which must exist).
    explicit AtomicFile(std::filesystem::path path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Appends bytes to the temporary.
    void write(std::string_view bytes);
    /// Flushes the bytes to disk, renames the temporary to the final path (replacing any file
    /// there) and syncs the folder, so the rename survives a power cut.
    void commit();

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
    std::filesystem::path m_temporary;
    int m_fd = -1;
};

/// True when name is the name of an AtomicFile temporary.
bool isTemporaryName(const std::string& name);

/// Removes from dir the temporaries that runs on this host left behind when they were killed
/// (their process no longer exists); temporaries of live processes, e.g. a parallel run writing to
/// the same folder, are left alone. Returns how many were removed.
std::size_t removeStaleTemporaries(const std::filesystem::path& dir);

} // namespace tandem
