// New project: pick the two files and their languages (guessed from the script), then import, align
// and store them in a worker thread with a progress bar and Cancel.
#pragma once

#include "core/project/project.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>
#include <stop_token>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace tandem::gui {

/// What the worker hands back.
struct NewProjectResult {
    std::shared_ptr<Project> project; ///< null on failure or cancel
    QString error;
    bool cancelled = false;
    QStringList notices; ///< import notices (no exception list for a language …)
};

/// Everything the worker needs, copied out of the dialog.
struct NewProjectRequest {
    QString sourceFile, targetFile, sourceLanguage, targetLanguage, projectFile;
    bool presegmented = false;
    bool keepLineBreaks = false;
};

/// Imports, aligns and creates the project; runs on any thread. progress gets values in [0, 1].
NewProjectResult createProject(const NewProjectRequest& request, const std::function<void(double)>& progress,
                               std::stop_token stop);

class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget* parent = nullptr);
    ~NewProjectDialog() override;

    /// Fills the fields (tests, command line). Languages are guessed when the strings are empty.
    void setFiles(const QString& source, const QString& target, const QString& project);
    NewProjectRequest request() const;
    /// Starts the worker (what the Create button does).
    void start();
    /// Requests cancellation of a running worker.
    void cancel();
    bool isRunning() const;
    /// The created project, once the dialog was accepted.
    std::optional<Project> takeProject();
    /// The error or notice line the dialog shows.
    QString message() const;

signals:
    void finishedWork(bool ok);

private:
    void browse(QLineEdit* edit, bool save);
    void guessLanguage(QLineEdit* file, QComboBox* language);
    void finish();
    void setRunning(bool running);

    QLineEdit* m_source;
    QLineEdit* m_target;
    QComboBox* m_sourceLanguage;
    QComboBox* m_targetLanguage;
    QLineEdit* m_project;
    QCheckBox* m_presegmented;
    QCheckBox* m_keepLineBreaks;
    QProgressBar* m_progress;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QFutureWatcher<NewProjectResult> m_watcher;
    std::stop_source m_stop;
    std::shared_ptr<Project> m_result;
};

} // namespace tandem::gui
