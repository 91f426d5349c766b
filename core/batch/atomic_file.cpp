// AtomicFile on POSIX: O_EXCL temporary named after host and process, fsync, rename, fsync of the folder.
#include "core/batch/atomic_file.h"

#include "core/error.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tandem {

namespace {

constexpr std::string_view kPrefix = ".tandem-tmp.";

std::string hostName() {
    char buffer[256] = {};
    if (gethostname(buffer, sizeof buffer - 1) != 0)
        return "localhost";
    std::string host(buffer);
    for (char& c : host)
        if (c == '.' || c == '/')
            c = '_';
    return host;
}

std::string errnoText() { return std::strerror(errno); }

void syncFolder(const std::filesystem::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throw IoError(dir.string() + ": cannot open the folder to sync it: " + errnoText());
    const int rc = ::fsync(fd);
    const std::string problem = rc != 0 ? errnoText() : std::string();
    ::close(fd);
    // Some file systems (and /proc-like mounts) refuse fsync on folders; only real I/O errors count.
    if (rc != 0 && problem != std::strerror(EINVAL))
        throw IoError(dir.string() + ": cannot sync the folder: " + problem);
}

} // namespace

AtomicFile::AtomicFile(std::filesystem::path path) : m_path(std::move(path)) {
    static std::atomic<unsigned long> counter{0};
    const std::string name = std::string(kPrefix) + hostName() + "." + std::to_string(::getpid()) + "." +
                             std::to_string(counter++) + "." + m_path.filename().string();
    m_temporary = m_path.parent_path() / name;
    m_fd = ::open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw IoError(m_path.string() + ": cannot create a temporary file beside it: " + errnoText());
}

AtomicFile::~AtomicFile() {
    if (m_fd >= 0) {
        ::close(m_fd);
        ::unlink(m_temporary.c_str());
    }
}

void AtomicFile::write(std::string_view bytes) {
    if (m_fd < 0)
        throw IoError(m_path.string() + ": write after commit");
    while (!bytes.empty()) {
        const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw IoError(m_path.string() + ": write failed: " + errnoText());
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void AtomicFile::commit() {
    if (m_fd < 0)
        throw IoError(m_path.string() + ": committed twice");
    if (::fsync(m_fd) != 0)
        throw IoError(m_path.string() + ": cannot flush to disk: " + errnoText());
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        ::unlink(m_temporary.c_str());
        throw IoError(m_path.string() + ": close failed: " + errnoText());
    }
    if (::rename(m_temporary.c_str(), m_path.c_str()) != 0) {
        const std::string problem = errnoText();
        ::unlink(m_temporary.c_str());
        throw IoError(m_path.string() + ": cannot rename the finished file into place: " + problem);
    }
    syncFolder(m_path.parent_path().empty() ? std::filesystem::path(".") : m_path.parent_path());
}

bool isTemporaryName(const std::string& name) { return name.rfind(kPrefix, 0) == 0; }

std::size_t removeStaleTemporaries(const std::filesystem::path& dir) {
    const std::string ownHost = hostName();
    std::size_t removed = 0;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = item.path().filename().string();
        if (!isTemporaryName(name))
            continue;
        // .tandem-tmp.<host>.<pid>.<counter>.<final name>
        const std::string rest = name.substr(kPrefix.size());
        const auto hostEnd = rest.find('.');
        if (hostEnd == std::string::npos || rest.substr(0, hostEnd) != ownHost)
            continue;
        const auto pidEnd = rest.find('.', hostEnd + 1);
        const std::string pidText = rest.substr(hostEnd + 1, pidEnd - hostEnd - 1);
        if (pidText.empty() || pidText.size() > 9 || pidText.find_first_not_of("0123456789") != std::string::npos)
            continue;
        const long pid = std::stol(pidText);
        if (pid == ::getpid() || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            continue;
        std::error_code removeError;
        if (std::filesystem::remove(item.path(), removeError))
            ++removed;
    }
    if (ec)
        throw IoError(dir.string() + ": cannot list the folder: " + ec.message());
    return removed;
}

} // namespace tandem
