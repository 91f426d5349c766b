// Bitext exports: tab-separated and two parallel files, one line per bead with text on both sides.
#include "core/formats/bitext_writer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace tandem {
namespace {

TEST(BitextWriter, OneLinePerBeadWithBothSides) {
    Document source{"en", {Segment{"One\ttab.", "", 0}, Segment{"Two", "Two\nlines\u2028here", 0},
                           Segment{"Alone.", "", 1}, Segment{"Three.", "", 1}}};
    Document target{"ru", {Segment{"Один.", "", 0}, Segment{"Два.", "", 0}, Segment{"Три.", "", 1}}};
    const Alignment alignment = {Bead{0, 2, 0, 2, 0.9, BeadStatus::Confirmed}, Bead{2, 3, 2, 2, 0.9},
                                 Bead{3, 4, 2, 3, 0.3}};
    std::ostringstream tsv;
    EXPECT_EQ(writeTsvBitext(tsv, source, target, alignment), 2u);
    EXPECT_EQ(tsv.str(), "One tab. Two lines here\tОдин. Два.\nThree.\tТри.\n");

    std::ostringstream src, tgt;
    EXPECT_EQ(writeBitextPair(src, tgt, source, target, alignment, ExportSelection{false, 0.5}), 1u);
    EXPECT_EQ(src.str(), "One tab. Two lines here\n");
    EXPECT_EQ(tgt.str(), "Один. Два.\n");
}

TEST(BitextWriter, ExportTextFoldsWhitespace) {
    const Document d{"en", {Segment{"  a  ", "", 0}, Segment{"", "", 0}, Segment{"b\xC2\x85" "c", "", 0}}};
    EXPECT_EQ(exportText(d, 0, 3), "a b c");
    EXPECT_EQ(exportText(d, 1, 2), "");
    EXPECT_TRUE(selects(ExportSelection{true, 0.0}, Bead{0, 1, 0, 1, 0.0, BeadStatus::Confirmed}));
    EXPECT_FALSE(selects(ExportSelection{true, 0.0}, Bead{0, 1, 0, 1, 1.0, BeadStatus::Auto}));
}

} // namespace
} // namespace tandem
