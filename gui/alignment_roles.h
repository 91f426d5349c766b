// The data roles and columns the alignment model exposes, shared by the delegate, the filter proxy,
// navigation and the tests. Everything a view needs to know about a bead is reachable by role.
#pragma once

#include <QList>
#include <QMetaType>
#include <Qt>

namespace tandem::gui {

/// Columns of the alignment table (the bead number is the vertical header).
enum class AlignmentColumn : int { Source = 0, Target, Shape, Confidence, Count };

inline constexpr int columnIndex(AlignmentColumn c) { return static_cast<int>(c); }

/// Custom roles (valid on every column of a row unless said otherwise).
enum AlignmentRole : int {
    ConfidenceRole = Qt::UserRole + 1, ///< double in [0, 1]
    StatusRole,                        ///< int: tandem::BeadStatus
    ShapeRole,                         ///< QString "m-n"
    SourceCountRole,                   ///< int: source segments in the bead
    TargetCountRole,                   ///< int: target segments in the bead
    FlaggedRole,                       ///< bool: numbers contradict or a confirmed name is one-sided
    FlagReasonRole,                    ///< QString: why the row is flagged (empty if not)
    SourceTextRole,                    ///< QString: the source segments joined by newlines
    TargetTextRole,                    ///< QString: the target segments joined by newlines
    ParagraphEndRole,                  ///< bool on text columns: the bead's last segment ends a paragraph
    NameSpansRole,                     ///< QList<NameSpan> on text columns: glossary names to highlight
    BeadIndexRole,                     ///< int: the bead's row in the unfiltered model
};

/// A highlighted range of a cell's text, in UTF-16 code units as QString counts them.
struct NameSpan {
    int start = 0;
    int length = 0;
    bool confirmed = false; ///< a confirmed glossary term (else a suggestion)
    friend bool operator==(const NameSpan&, const NameSpan&) = default;
};

} // namespace tandem::gui

Q_DECLARE_METATYPE(tandem::gui::NameSpan)
