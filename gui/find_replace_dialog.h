// Find and replace in segment text (plain or regular expression, either side); every replacement is
// an EditText core edit on the undo stack, "Replace all" one undoable macro.
#pragma once

#include "core/project/edit.h"

#include <QDialog>
#include <QRegularExpression>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tandem::gui {

class Workspace;

class FindReplaceDialog : public QDialog {
    Q_OBJECT
public:
    FindReplaceDialog(Workspace& workspace, QWidget* parent = nullptr);

    /// Programmatic form of the dialog's fields (tests and the window use it).
    void setQuery(const QString& find, const QString& replace, bool regex, bool caseSensitive, int side);
    /// Finds the next matching segment after the last hit; false when there is none.
    bool findNext();
    /// Replaces the current hit (if it still matches) and finds the next one.
    bool replaceCurrent();
    /// Replaces every match; returns the number of segments changed.
    int replaceAll();

signals:
    void beadFound(int row);

private:
    QRegularExpression pattern() const;
    bool sideIncluded(Side side) const;

    Workspace& m_workspace;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QCheckBox* m_regex;
    QCheckBox* m_case;
    QComboBox* m_side;
    QLabel* m_message;
    /// The last hit: side and segment index (-1 = none yet).
    Side m_hitSide = Side::Source;
    long long m_hitSegment = -1;
};

} // namespace tandem::gui
