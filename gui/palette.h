// The workbench's colour language, shared by the table delegate, the map and the legend:
// confidence from red (doubtful) through amber to green (sure), confirmed beads in blue.
#pragma once

#include "core/model/alignment.h"

#include <QColor>

namespace tandem::gui {

/// Colour of a confidence in [0, 1].
inline QColor confidenceColor(double confidence) {
    const double c = confidence < 0 ? 0 : (confidence > 1 ? 1 : confidence);
    // Hue 0 (red) .. 120 (green), kept readable on white.
    return QColor::fromHsvF(float(c * 0.33), 0.75f, 0.85f);
}

/// Colour of a bead as the map and the band show it: blue when confirmed, else by confidence.
inline QColor beadColor(const Bead& bead) {
    if (bead.status == BeadStatus::Confirmed)
        return QColor(0x2f, 0x6f, 0xc0);
    return confidenceColor(bead.confidence);
}

inline QColor flagColor() { return QColor(0xd0, 0x20, 0x20); }
inline QColor nonOneToOneColor() { return QColor(0xe0, 0x90, 0x10); }

} // namespace tandem::gui
