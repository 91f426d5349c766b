// Export: translation memories (TMX, tab-separated bitext, two plain files) and glossaries (TBX v3,
// TBX 2008, OmegaT TSV, CSV). Each export reports what was written and skipped, and reads the file
// back with core's reader to show that it is valid.
#pragma once

#include "core/project/project.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace tandem::gui {

enum class ExportFormat { Tmx, TsvBitext, TwoFiles, TbxV3, Tbx2008, OmegaTGlossary, GlossaryCsv };

/// What to export and where.
struct ExportRequest {
    ExportFormat format = ExportFormat::Tmx;
    QString path; ///< for TwoFiles: the source file; the target file gets the target language
    bool confirmedOnly = false;   ///< alignment formats: confirmed beads only; glossaries: confirmed terms only
    double minConfidence = 0.0;   ///< alignment formats: skip unconfirmed beads below this
};

/// What an export did.
struct ExportReport {
    bool ok = false;
    QStringList files;    ///< written files
    int written = 0;      ///< units (beads or terms) written
    int skipped = 0;      ///< units left out
    QString skippedWhy;   ///< the reasons, counted
    bool validated = false;
    QString validation;   ///< how the file was checked, or what was wrong
    QString error;        ///< non-empty when the export failed
    /// The report as the dialog shows it.
    QString text() const;
};

/// Writes the export (no UI); catches core errors into the report.
ExportReport exportProject(const Project& project, const ExportRequest& request);
/// True for the glossary formats.
bool isGlossaryFormat(ExportFormat format);
/// The usual file name suffix of a format ("tmx", "tbx", "tsv", "csv", "txt").
QString suffixOf(ExportFormat format);

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const Project& project, QWidget* parent = nullptr);

private:
    void updateFields();
    void run();

    const Project& m_project;
    QComboBox* m_format;
    QLineEdit* m_path;
    QCheckBox* m_confirmedOnly;
    QDoubleSpinBox* m_minConfidence;
    QPlainTextEdit* m_report;
};

} // namespace tandem::gui
