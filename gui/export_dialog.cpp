// Export dialog and the export itself, over core's writers and readers.
#include "gui/export_dialog.h"

#include "core/error.h"
#include "core/formats/bitext_writer.h"
#include "core/formats/glossary_file.h"
#include "core/formats/tmx_reader.h"
#include "core/formats/tmx_writer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace tandem::gui {

namespace {

std::ofstream openOut(const QString& path) {
    std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
    if (!out)
        throw IoError(path.toStdString() + ": cannot be written");
    return out;
}

void closeOut(std::ofstream& out, const QString& path) {
    out.close();
    if (!out)
        throw IoError(path.toStdString() + ": writing failed");
}

/// The core glossary format of a glossary export.
GlossaryFormat glossaryFormat(ExportFormat format) {
    switch (format) {
    case ExportFormat::TbxV3: return GlossaryFormat::Tbx;
    case ExportFormat::Tbx2008: return GlossaryFormat::Tbx2008;
    case ExportFormat::OmegaTGlossary: return GlossaryFormat::OmegaTTsv;
    case ExportFormat::GlossaryCsv: return GlossaryFormat::Csv;
    default: throw UsageError("not a glossary format");
    }
}

void exportGlossary(const Project& project, const ExportRequest& request, ExportReport& report) {
    std::vector<Term> terms;
    int rejected = 0, suggested = 0;
    for (const Term& t : project.terms()) {
        if (t.status == TermStatus::Rejected) {
            ++rejected;
            continue;
        }
        if (request.confirmedOnly && t.status != TermStatus::Confirmed) {
            ++suggested;
            continue;
        }
        terms.push_back(t);
    }
    const GlossaryLanguages languages{project.source().language, project.target().language};
    std::ofstream out = openOut(request.path);
    writeGlossary(out, terms, languages, glossaryFormat(request.format));
    closeOut(out, request.path);
    report.files << request.path;
    report.written = int(terms.size());
    report.skipped = rejected + suggested;
    QStringList why;
    if (rejected)
        why << QObject::tr("%n rejected", nullptr, rejected);
    if (suggested)
        why << QObject::tr("%n not confirmed", nullptr, suggested);
    report.skippedWhy = why.join(QStringLiteral(", "));

    const ImportedGlossary back = readGlossaryFile(request.path.toStdString(), glossaryFormat(request.format));
    report.validated = back.terms.size() == terms.size();
    report.validation = report.validated
                            ? QObject::tr("read back with Tandem's reader: %n entr(ies), as written", nullptr, int(back.terms.size()))
                            : QObject::tr("read back %1 entries, but %2 were written").arg(back.terms.size()).arg(terms.size());
}

/// Lines of a text file (a last line without a newline counts).
std::vector<std::string> fileLines(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    if (!in)
        throw IoError(path.toStdString() + ": cannot be read back");
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

QString targetFileFor(const Project& project, const QString& sourcePath) {
    const QString suffix = QStringLiteral(".") + QString::fromStdString(project.source().language);
    QString base = sourcePath;
    if (base.endsWith(suffix))
        base.chop(suffix.size());
    return base + QStringLiteral(".") + QString::fromStdString(project.target().language);
}

void exportAlignment(const Project& project, const ExportRequest& request, ExportReport& report) {
    ExportSelection selection;
    selection.confirmedOnly = request.confirmedOnly;
    selection.minConfidence = request.minConfidence;
    int unselected = 0, oneSided = 0;
    for (const Bead& b : project.alignment()) {
        if (!selects(selection, b))
            ++unselected;
        else if (b.srcCount() == 0 || b.tgtCount() == 0)
            ++oneSided;
    }
    const Document& src = project.source();
    const Document& tgt = project.target();
    const Alignment& beads = project.alignment();
    std::size_t written = 0;
    switch (request.format) {
    case ExportFormat::Tmx: {
        TmxOptions options;
        options.selection = selection;
        written = writeTmxFile(request.path.toStdString(), src, tgt, beads, options);
        report.files << request.path;
        const TmxMemory back = readTmxFile(request.path.toStdString());
        report.validated = back.alignment.size() == written && back.source.language == src.language &&
                           back.target.language == tgt.language;
        report.validation = QObject::tr("read back with Tandem's TMX reader: %n unit(s), languages %1 → %2", nullptr,
                                        int(back.alignment.size()))
                                .arg(QString::fromStdString(back.source.language), QString::fromStdString(back.target.language));
        break;
    }
    case ExportFormat::TsvBitext: {
        written = writeTsvBitextFile(request.path.toStdString(), src, tgt, beads, selection);
        report.files << request.path;
        const auto lines = fileLines(request.path);
        const bool twoFields = std::all_of(lines.begin(), lines.end(),
                                           [](const std::string& l) { return std::count(l.begin(), l.end(), '\t') == 1; });
        report.validated = lines.size() == written && twoFields;
        report.validation = QObject::tr("%n line(s) read back, each with one tab", nullptr, int(lines.size()));
        break;
    }
    case ExportFormat::TwoFiles: {
        const QString targetPath = targetFileFor(project, request.path);
        written = writeBitextPairFiles(request.path.toStdString(), targetPath.toStdString(), src, tgt, beads, selection);
        report.files << request.path << targetPath;
        const auto a = fileLines(request.path);
        const auto b = fileLines(targetPath);
        report.validated = a.size() == written && b.size() == written;
        report.validation = QObject::tr("both files read back with %1 and %2 lines").arg(a.size()).arg(b.size());
        break;
    }
    default: throw UsageError("not an alignment format");
    }
    report.written = int(written);
    report.skipped = unselected + oneSided;
    QStringList why;
    if (unselected)
        why << (request.confirmedOnly ? QObject::tr("%n not confirmed or below the confidence", nullptr, unselected)
                                      : QObject::tr("%n below the confidence", nullptr, unselected));
    if (oneSided)
        why << QObject::tr("%n with an empty side", nullptr, oneSided);
    report.skippedWhy = why.join(QStringLiteral(", "));
}

} // namespace

bool isGlossaryFormat(ExportFormat format) {
    switch (format) {
    case ExportFormat::TbxV3:
    case ExportFormat::Tbx2008:
    case ExportFormat::OmegaTGlossary:
    case ExportFormat::GlossaryCsv: return true;
    default: return false;
    }
}

QString suffixOf(ExportFormat format) {
    switch (format) {
    case ExportFormat::Tmx: return QStringLiteral("tmx");
    case ExportFormat::TsvBitext: return QStringLiteral("tsv");
    case ExportFormat::TwoFiles: return QStringLiteral("txt");
    case ExportFormat::TbxV3:
    case ExportFormat::Tbx2008: return QStringLiteral("tbx");
    case ExportFormat::OmegaTGlossary: return QStringLiteral("tsv");
    case ExportFormat::GlossaryCsv: return QStringLiteral("csv");
    }
    return {};
}

QString ExportReport::text() const {
    if (!error.isEmpty())
        return QObject::tr("Export failed: %1").arg(error);
    QStringList lines;
    lines << QObject::tr("Wrote %n unit(s) to:", nullptr, written);
    for (const QString& f : files)
        lines << QStringLiteral("  ") + f;
    lines << (skipped ? QObject::tr("Skipped %1 (%2).").arg(skipped).arg(skippedWhy) : QObject::tr("Nothing skipped."));
    lines << (validated ? QObject::tr("Valid: %1.").arg(validation) : QObject::tr("NOT valid: %1.").arg(validation));
    return lines.join(QLatin1Char('\n'));
}

ExportReport exportProject(const Project& project, const ExportRequest& request) {
    ExportReport report;
    try {
        if (request.path.isEmpty())
            throw UsageError("no output file chosen");
        if (isGlossaryFormat(request.format))
            exportGlossary(project, request, report);
        else
            exportAlignment(project, request, report);
        report.ok = report.validated;
    } catch (const Error& e) {
        report.error = QString::fromUtf8(e.what());
        report.ok = false;
    }
    return report;
}

ExportDialog::ExportDialog(const Project& project, QWidget* parent)
    : QDialog(parent), m_project(project), m_format(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_confirmedOnly(new QCheckBox(this)), m_minConfidence(new QDoubleSpinBox(this)), m_report(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Export"));
    const std::pair<ExportFormat, QString> formats[] = {
        {ExportFormat::Tmx, tr("Translation memory: TMX 1.4")},
        {ExportFormat::TsvBitext, tr("Bitext: tab-separated (source TAB target)")},
        {ExportFormat::TwoFiles, tr("Bitext: two files, one line per bead")},
        {ExportFormat::TbxV3, tr("Glossary: TBX v3 (ISO 30042:2019)")},
        {ExportFormat::Tbx2008, tr("Glossary: TBX 2008 (martif)")},
        {ExportFormat::OmegaTGlossary, tr("Glossary: OmegaT (tab-separated)")},
        {ExportFormat::GlossaryCsv, tr("Glossary: CSV (memoQ, Trados)")},
    };
    for (const auto& [format, name] : formats)
        m_format->addItem(name, int(format));
    m_minConfidence->setRange(0.0, 1.0);
    m_minConfidence->setSingleStep(0.05);
    m_minConfidence->setDecimals(2);
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("The report of the export appears here."));

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), pathRow);
    form->addRow(QString(), m_confirmedOnly);
    form->addRow(tr("Minimum confidence:"), m_minConfidence);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* run = buttons->addButton(tr("Export"), QDialogButtonBox::ApplyRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(run, &QPushButton::clicked, this, &ExportDialog::run);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFields);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text());
        if (!path.isEmpty())
            m_path->setText(path);
    });
    updateFields();
    resize(560, 400);
}

void ExportDialog::updateFields() {
    const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
    const bool glossary = isGlossaryFormat(format);
    m_confirmedOnly->setText(glossary ? tr("Confirmed entries only") : tr("Confirmed beads only"));
    m_minConfidence->setEnabled(!glossary);
    const QFileInfo project(QString::fromStdString(m_project.path()));
    const QString base = project.dir().filePath(project.completeBaseName());
    if (format == ExportFormat::TwoFiles)
        m_path->setText(base + QStringLiteral(".") + QString::fromStdString(m_project.source().language));
    else
        m_path->setText(base + (glossary ? QStringLiteral(".glossary.") : QStringLiteral(".")) + suffixOf(format));
}

void ExportDialog::run() {
    ExportRequest request;
    request.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    request.path = m_path->text();
    request.confirmedOnly = m_confirmedOnly->isChecked();
    request.minConfidence = m_minConfidence->value();
    m_report->setPlainText(exportProject(m_project, request).text());
}

} // namespace tandem::gui
