// The one error hierarchy of Tandem's core. Core code throws these and never prints or exits;
// the front ends catch them (the CLI maps each kind to an exit code, the GUI shows a dialog).
#pragma once

#include <stdexcept>
#include <string>

namespace tandem {

/// Base of every error core throws. what() is one line naming the file (if any) and the problem.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A file that is missing, unreadable or unwritable.
class IoError : public Error {
public:
    using Error::Error;
};

/// Bytes that do not decode in the detected or requested encoding.
class DecodeError : public Error {
public:
    using Error::Error;
};

/// Input in the wrong format: not text/HTML/DOCX, malformed XML, a bad alignment line, a bad manifest.
class ParseError : public Error {
public:
    using Error::Error;
};

/// A failing ICU call (the message carries ICU's error name).
class IcuError : public Error {
public:
    using Error::Error;
};

/// A failing SQLite call, or a file that is not a Tandem project / is from a newer version.
class StoreError : public Error {
public:
    StoreError(const std::string& message, int sqliteCode = 0) : Error(message), m_code(sqliteCode) {}
    /// SQLite's (extended) result code, 0 when the error did not come from SQLite.
    int code() const noexcept { return m_code; }

private:
    int m_code;
};

/// An export that could not be written or would be invalid.
class ExportError : public Error {
public:
    using Error::Error;
};

/// A caller's request that cannot be carried out (bad argument, edit on a bead that does not exist).
class UsageError : public Error {
public:
    using Error::Error;
};

/// Work stopped because the caller asked for it through a stop_token.
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

} // namespace tandem
