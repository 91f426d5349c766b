// Find and replace over the segments of both documents, in document order (source, then target).
#include "gui/find_replace_dialog.h"

#include "gui/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem::gui {

FindReplaceDialog::FindReplaceDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_find(new QLineEdit(this)), m_replace(new QLineEdit(this)),
      m_regex(new QCheckBox(tr("Regular expression"), this)), m_case(new QCheckBox(tr("Match case"), this)),
      m_side(new QComboBox(this)), m_message(new QLabel(this)) {
    setWindowTitle(tr("Find and replace"));
    m_side->addItems({tr("Both sides"), tr("Source"), tr("Target")});
    auto* form = new QFormLayout;
    form->addRow(tr("Find:"), m_find);
    form->addRow(tr("Replace with:"), m_replace);
    form->addRow(tr("In:"), m_side);
    form->addRow(QString(), m_regex);
    form->addRow(QString(), m_case);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* next = buttons->addButton(tr("Find next"), QDialogButtonBox::ActionRole);
    QPushButton* replace = buttons->addButton(tr("Replace"), QDialogButtonBox::ActionRole);
    QPushButton* all = buttons->addButton(tr("Replace all"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    next->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(next, &QPushButton::clicked, this, &FindReplaceDialog::findNext);
    connect(replace, &QPushButton::clicked, this, &FindReplaceDialog::replaceCurrent);
    connect(all, &QPushButton::clicked, this, &FindReplaceDialog::replaceAll);
    connect(m_find, &QLineEdit::textChanged, this, [this] { m_hitSegment = -1; });
}

void FindReplaceDialog::setQuery(const QString& find, const QString& replace, bool regex, bool caseSensitive, int side) {
    m_find->setText(find);
    m_replace->setText(replace);
    m_regex->setChecked(regex);
    m_case->setChecked(caseSensitive);
    m_side->setCurrentIndex(side);
    m_hitSegment = -1;
}

QRegularExpression FindReplaceDialog::pattern() const {
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_case->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    const QString text = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    return QRegularExpression(text, options);
}

bool FindReplaceDialog::sideIncluded(Side side) const {
    const int s = m_side->currentIndex();
    return s == 0 || (s == 1 && side == Side::Source) || (s == 2 && side == Side::Target);
}

bool FindReplaceDialog::findNext() {
    if (!m_workspace.hasProject() || m_find->text().isEmpty())
        return false;
    const QRegularExpression re = pattern();
    if (!re.isValid()) {
        m_message->setText(tr("Invalid expression: %1").arg(re.errorString()));
        return false;
    }
    const Project& p = m_workspace.project();
    // Walk source then target segments after the last hit, wrapping once.
    const std::size_t sourceCount = p.source().segments.size();
    const std::size_t total = sourceCount + p.target().segments.size();
    if (total == 0)
        return false;
    std::size_t start = 0;
    if (m_hitSegment >= 0)
        start = (m_hitSide == Side::Source ? std::size_t(m_hitSegment) : sourceCount + std::size_t(m_hitSegment)) + 1;
    for (std::size_t k = 0; k < total; ++k) {
        const std::size_t at = (start + k) % total;
        const Side side = at < sourceCount ? Side::Source : Side::Target;
        const std::size_t index = at < sourceCount ? at : at - sourceCount;
        if (!sideIncluded(side))
            continue;
        if (re.match(QString::fromStdString(p.document(side).segments[index].text)).hasMatch()) {
            m_hitSide = side;
            m_hitSegment = (long long)index;
            m_message->setText(tr("Found in %1 segment %2").arg(side == Side::Source ? tr("source") : tr("target")).arg(index + 1));
            emit beadFound(int(p.rowOfSegment(side, index)));
            return true;
        }
    }
    m_hitSegment = -1;
    m_message->setText(tr("Not found"));
    return false;
}

bool FindReplaceDialog::replaceCurrent() {
    if (m_hitSegment < 0)
        return findNext();
    const Project& p = m_workspace.project();
    const QRegularExpression re = pattern();
    const auto& segments = p.document(m_hitSide).segments;
    if (std::size_t(m_hitSegment) < segments.size()) {
        QString text = QString::fromStdString(segments[std::size_t(m_hitSegment)].text);
        if (re.match(text).hasMatch()) {
            text.replace(re, m_replace->text());
            const QString error = m_workspace.perform(EditText{m_hitSide, std::size_t(m_hitSegment), text.toStdString()});
            if (!error.isEmpty()) {
                m_message->setText(error);
                return false;
            }
        }
    }
    return findNext();
}

int FindReplaceDialog::replaceAll() {
    if (!m_workspace.hasProject() || m_find->text().isEmpty())
        return 0;
    const QRegularExpression re = pattern();
    if (!re.isValid()) {
        m_message->setText(tr("Invalid expression: %1").arg(re.errorString()));
        return 0;
    }
    std::vector<Edit> edits;
    const Project& p = m_workspace.project();
    for (Side side : {Side::Source, Side::Target}) {
        if (!sideIncluded(side))
            continue;
        const auto& segments = p.document(side).segments;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            QString text = QString::fromStdString(segments[i].text);
            if (!re.match(text).hasMatch())
                continue;
            text.replace(re, m_replace->text());
            edits.push_back(EditText{side, i, text.toStdString()});
        }
    }
    if (edits.empty()) {
        m_message->setText(tr("Not found"));
        return 0;
    }
    QUndoStack& stack = m_workspace.undoStack();
    stack.beginMacro(tr("Replace “%1” in %n segment(s)", nullptr, int(edits.size())).arg(m_find->text()));
    int done = 0;
    for (const Edit& e : edits) {
        if (!m_workspace.perform(e).isEmpty())
            break;
        ++done;
    }
    stack.endMacro();
    m_message->setText(tr("Replaced in %n segment(s)", nullptr, done));
    return done;
}

} // namespace tandem::gui
