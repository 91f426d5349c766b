<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>tandem::gui::FindReplaceDialog</name>
    <message numerus="yes">
      <source>Replace “%1” in %n segment(s)</source>
      <translation>
        <numerusform>Replace “%1” in %n segment</numerusform>
        <numerusform>Replace “%1” in %n segments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Replaced in %n segment(s)</source>
      <translation>
        <numerusform>Replaced in %n segment</numerusform>
        <numerusform>Replaced in %n segments</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::GlossaryDock</name>
    <message numerus="yes">
      <source>%n name pair(s) found in the text</source>
      <translation>
        <numerusform>%n name pair found in the text</numerusform>
        <numerusform>%n name pairs found in the text</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::MainWindow</name>
    <message numerus="yes">
      <source>%n row(s) shown</source>
      <translation>
        <numerusform>%n row shown</numerusform>
        <numerusform>%n rows shown</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n bead(s)</source>
      <translation>
        <numerusform>%n bead</numerusform>
        <numerusform>%n beads</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n need(s) review</source>
      <translation>
        <numerusform>%n needs review</numerusform>
        <numerusform>%n need review</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n flagged</source>
      <translation>
        <numerusform>%n flagged</numerusform>
        <numerusform>%n flagged</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QObject</name>
    <message numerus="yes">
      <source>%n rejected</source>
      <translation>
        <numerusform>%n rejected</numerusform>
        <numerusform>%n rejected</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not confirmed</source>
      <translation>
        <numerusform>%n not confirmed</numerusform>
        <numerusform>%n not confirmed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>read back with Tandem's reader: %n entr(ies), as written</source>
      <translation>
        <numerusform>read back with Tandem's reader: %n entry, as written</numerusform>
        <numerusform>read back with Tandem's reader: %n entries, as written</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>read back with Tandem's TMX reader: %n unit(s), languages %1 → %2</source>
      <translation>
        <numerusform>read back with Tandem's TMX reader: %n unit, languages %1 → %2</numerusform>
        <numerusform>read back with Tandem's TMX reader: %n units, languages %1 → %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n line(s) read back, each with one tab</source>
      <translation>
        <numerusform>%n line read back, with one tab</numerusform>
        <numerusform>%n lines read back, each with one tab</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not confirmed or below the confidence</source>
      <translation>
        <numerusform>%n not confirmed or below the confidence</numerusform>
        <numerusform>%n not confirmed or below the confidence</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n below the confidence</source>
      <translation>
        <numerusform>%n below the confidence</numerusform>
        <numerusform>%n below the confidence</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with an empty side</source>
      <translation>
        <numerusform>%n with an empty side</numerusform>
        <numerusform>%n with an empty side</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n unit(s) to:</source>
      <translation>
        <numerusform>Wrote %n unit to:</numerusform>
        <numerusform>Wrote %n units to:</numerusform>
      </translation>
    </message>
  </context>
</TS>