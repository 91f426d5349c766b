// The new-project dialog and its worker (import → align → create), cancellable through a stop_token.
#include "gui/new_project_dialog.h"

#include "core/align/aligner.h"
#include "core/align/word_dictionary.h"
#include "core/error.h"
#include "core/text/import.h"
#include "gui/language_guess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tandem::gui {

NewProjectResult createProject(const NewProjectRequest& request, const std::function<void(double)>& progress,
                               std::stop_token stop) {
    NewProjectResult result;
    try {
        ImportOptions options;
        options.format = request.presegmented ? InputFormat::Lines : InputFormat::Auto;
        options.keepLineBreaks = request.keepLineBreaks;
        ImportResult source = importFile(request.sourceFile.toStdString(), request.sourceLanguage.toStdString(), options);
        progress(0.05);
        if (stop.stop_requested())
            throw Cancelled();
        ImportResult target = importFile(request.targetFile.toStdString(), request.targetLanguage.toStdString(), options);
        progress(0.1);
        for (const auto* r : {&source, &target})
            for (const std::string& n : r->notices)
                result.notices << QString::fromStdString(n);
        AlignOptions alignOptions;
        alignOptions.dictionary = installedDictionary(source.document.language, target.document.language);
        Alignment alignment = align(source.document, target.document, alignOptions,
                                    [&](double share) { progress(0.1 + 0.85 * share); }, stop);
        if (stop.stop_requested())
            throw Cancelled();
        result.project = std::make_shared<Project>(Project::create(request.projectFile.toStdString(),
                                                                   std::move(source.document),
                                                                   std::move(target.document), std::move(alignment)));
        progress(1.0);
    } catch (const Cancelled&) {
        result.cancelled = true;
    } catch (const Error& e) {
        result.error = QString::fromUtf8(e.what());
    } catch (const std::bad_alloc&) {
        result.error = QObject::tr("Out of memory while creating the project.");
    }
    return result;
}

namespace {
QComboBox* languageBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    box->addItems({QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("de"),
                   QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("pl"),
                   QStringLiteral("bg"), QStringLiteral("el"), QStringLiteral("ar"), QStringLiteral("zh"),
                   QStringLiteral("ja")});
    box->setToolTip(QObject::tr("BCP 47 language tag, guessed from the script of the file"));
    return box;
}
} // namespace

NewProjectDialog::NewProjectDialog(QWidget* parent)
    : QDialog(parent), m_source(new QLineEdit(this)), m_target(new QLineEdit(this)),
      m_sourceLanguage(languageBox(this)), m_targetLanguage(languageBox(this)), m_project(new QLineEdit(this)),
      m_presegmented(new QCheckBox(tr("One segment per line (pre-segmented)"), this)),
      m_keepLineBreaks(new QCheckBox(tr("Every line is a paragraph"), this)), m_progress(new QProgressBar(this)),
      m_message(new QLabel(this)), m_buttons(new QDialogButtonBox(this)) {
    setWindowTitle(tr("New project"));
    m_targetLanguage->setCurrentText(QStringLiteral("ru"));
    m_keepLineBreaks->setChecked(true);
    m_message->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(false);

    auto fileRow = [this](QLineEdit* edit, bool save) {
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto* button = new QPushButton(tr("Browse…"), this);
        row->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, edit, save] { browse(edit, save); });
        return row;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("Source file:"), fileRow(m_source, false));
    form->addRow(tr("Source language:"), m_sourceLanguage);
    form->addRow(tr("Target file:"), fileRow(m_target, false));
    form->addRow(tr("Target language:"), m_targetLanguage);
    form->addRow(tr("Project file:"), fileRow(m_project, true));
    form->addRow(QString(), m_keepLineBreaks);
    form->addRow(QString(), m_presegmented);

    m_buttons->addButton(tr("Create and align"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isRunning())
            cancel();
        else
            reject();
    });
    connect(&m_watcher, &QFutureWatcher<NewProjectResult>::finished, this, &NewProjectDialog::finish);
    connect(m_source, &QLineEdit::editingFinished, this, [this] {
        guessLanguage(m_source, m_sourceLanguage);
        if (m_project->text().isEmpty() && !m_source->text().isEmpty()) {
            const QFileInfo info(m_source->text());
            m_project->setText(info.dir().filePath(info.completeBaseName() + QStringLiteral(".tandem")));
        }
    });
    connect(m_target, &QLineEdit::editingFinished, this, [this] { guessLanguage(m_target, m_targetLanguage); });
    resize(620, sizeHint().height());
}

NewProjectDialog::~NewProjectDialog() {
    if (isRunning()) {
        m_stop.request_stop();
        m_watcher.waitForFinished();
    }
}

void NewProjectDialog::browse(QLineEdit* edit, bool save) {
    const QString filter = tr("Texts (*.txt *.html *.htm *.docx *.lines);;All files (*)");
    const QString path = save ? QFileDialog::getSaveFileName(this, tr("Project file"), edit->text(),
                                                             tr("Tandem projects (*.tandem)"))
                              : QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
    if (path.isEmpty())
        return;
    edit->setText(path);
    emit edit->editingFinished();
}

void NewProjectDialog::guessLanguage(QLineEdit* file, QComboBox* language) {
    const QString path = file->text();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    // Importing a large file takes a moment: guess in the background, then offer the result.
    QPointer<QComboBox> box(language);
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, box] {
        const QString guess = watcher->result();
        if (box && !guess.isEmpty())
            box->setCurrentText(guess);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        try {
            ImportOptions options;
            options.lenient = true;
            const Document doc = importDocument(path.toStdString(), "und", options);
            QString sample;
            for (std::size_t i = 0; i < doc.segments.size() && sample.size() < 20000; ++i)
                sample += QString::fromStdString(doc.segments[i].text);
            return guessLanguageFromScript(sample);
        } catch (const Error&) {
            return QString();
        }
    }));
}

void NewProjectDialog::setFiles(const QString& source, const QString& target, const QString& project) {
    m_source->setText(source);
    m_target->setText(target);
    m_project->setText(project);
}

NewProjectRequest NewProjectDialog::request() const {
    return {m_source->text(), m_target->text(), m_sourceLanguage->currentText().trimmed(),
            m_targetLanguage->currentText().trimmed(), m_project->text(), m_presegmented->isChecked(),
            m_keepLineBreaks->isChecked()};
}

void NewProjectDialog::start() {
    if (isRunning())
        return;
    const NewProjectRequest r = request();
    if (r.sourceFile.isEmpty() || r.targetFile.isEmpty() || r.projectFile.isEmpty()) {
        m_message->setText(tr("Choose both files and where to store the project."));
        return;
    }
    if (QFileInfo::exists(r.projectFile)) {
        if (isVisible() && QMessageBox::question(this, tr("New project"), tr("%1 exists. Replace it?").arg(r.projectFile)) !=
                               QMessageBox::Yes)
            return;
        QFile::remove(r.projectFile);
    }
    m_stop = std::stop_source();
    setRunning(true);
    QPointer<QProgressBar> bar(m_progress);
    auto progress = [bar, last = -1](double share) mutable {
        const int value = int(share * 1000);
        if (value == last)
            return;
        last = value;
        QMetaObject::invokeMethod(bar, [bar, value] {
            if (bar)
                bar->setValue(value);
        }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(
        [r, progress, token = m_stop.get_token()]() mutable { return createProject(r, progress, token); }));
}

void NewProjectDialog::cancel() {
    m_stop.request_stop();
    m_message->setText(tr("Cancelling…"));
}

bool NewProjectDialog::isRunning() const { return m_watcher.isRunning(); }

void NewProjectDialog::setRunning(bool running) {
    m_progress->setVisible(true);
    if (running)
        m_progress->setValue(0);
    m_buttons->buttons().first()->setEnabled(!running);
    for (QWidget* w : std::initializer_list<QWidget*>{m_source, m_target, m_sourceLanguage, m_targetLanguage, m_project,
                                                      m_presegmented, m_keepLineBreaks})
        w->setEnabled(!running);
    m_message->setText(running ? tr("Importing and aligning…") : QString());
}

void NewProjectDialog::finish() {
    const NewProjectResult r = m_watcher.result();
    setRunning(false);
    if (r.cancelled) {
        m_message->setText(tr("Cancelled."));
        m_progress->setValue(0);
        emit finishedWork(false);
        return;
    }
    if (!r.error.isEmpty()) {
        m_message->setText(r.error);
        emit finishedWork(false);
        return;
    }
    m_result = r.project;
    m_message->setText(r.notices.join(QLatin1Char('\n')));
    emit finishedWork(true);
    accept();
}

std::optional<Project> NewProjectDialog::takeProject() {
    if (!m_result)
        return std::nullopt;
    std::optional<Project> p(std::move(*m_result));
    m_result.reset();
    return p;
}

QString NewProjectDialog::message() const { return m_message->text(); }

} // namespace tandem::gui
