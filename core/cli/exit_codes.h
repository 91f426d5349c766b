// Exit codes of the `tandem` command line, one per kind of failure, so scripts can tell them apart.
#pragma once

namespace tandem::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,   ///< an error of no more specific kind; also "some batch pairs failed"
    ExitUsage = 2,     ///< bad command-line arguments
    ExitIo = 3,        ///< a missing, unreadable or unwritable file
    ExitDecode = 4,    ///< bytes that do not decode in the encoding
    ExitFormat = 5,    ///< input in the wrong format (not text/HTML/DOCX, malformed XML ...)
    ExitStore = 6,     ///< the project file (SQLite) failed or is not a project
    ExitExport = 7,    ///< an export could not be written
    ExitCancelled = 130,
};

} // namespace tandem::cli
