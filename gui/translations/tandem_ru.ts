<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>tandem::gui::AlignmentMap</name>
    <message>
      <source>Alignment map: source down, target across. Click to jump to a bead.</source>
      <translation>Карта выравнивания: оригинал сверху вниз, перевод слева направо. Щелчок — переход к паре.</translation>
    </message>
    <message>
      <source>Bead %1 · %2 · confidence %3%4</source>
      <translation>Пара %1 · %2 · уверенность %3%4</translation>
    </message>
    <message>
      <source> · flagged</source>
      <translation> · с пометкой</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::AlignmentModel</name>
    <message>
      <source>confirmed</source>
      <translation>подтверждено</translation>
    </message>
    <message>
      <source>needs review</source>
      <translation>нужна проверка</translation>
    </message>
    <message>
      <source>automatic</source>
      <translation>автоматически</translation>
    </message>
    <message>
      <source>%1, confidence %2</source>
      <translation>%1, уверенность %2</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Оригинал</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Перевод</translation>
    </message>
    <message>
      <source>Shape</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Уверенность</translation>
    </message>
    <message>
      <source>This side of the bead has no segment; insert one first (Ctrl+Enter).</source>
      <translation>На этой стороне пары нет сегмента; сначала вставьте его (Ctrl+Enter).</translation>
    </message>
    <message>
      <source>Split a segment or change its text, not both at once.</source>
      <translation>Разделите сегмент или измените его текст, но не одновременно.</translation>
    </message>
    <message>
      <source>Merge two segments or change their text, not both at once.</source>
      <translation>Объедините два сегмента или измените их текст, но не одновременно.</translation>
    </message>
    <message>
      <source>Add or remove one line break at a time (one line per segment).</source>
      <translation>Добавляйте или удаляйте по одному переводу строки (одна строка — один сегмент).</translation>
    </message>
    <message>
      <source>Edit text of row %1</source>
      <translation>Правка текста строки %1</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::BeadDelegate</name>
    <message>
      <source>One line per segment. Enter splits a segment at the cursor, joining two lines merges them. F2 saves, Tab saves and moves on, Escape cancels.</source>
      <translation>Одна строка — один сегмент. Enter делит сегмент в позиции курсора, слияние строк объединяет сегменты. F2 сохраняет, Tab сохраняет и переходит дальше, Escape отменяет.</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::ExportDialog</name>
    <message>
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <source>Translation memory: TMX 1.4</source>
      <translation>Память переводов: TMX 1.4</translation>
    </message>
    <message>
      <source>Bitext: tab-separated (source TAB target)</source>
      <translation>Параллельный текст: через табуляцию (оригинал TAB перевод)</translation>
    </message>
    <message>
      <source>Bitext: two files, one line per bead</source>
      <translation>Параллельный текст: два файла, по строке на пару</translation>
    </message>
    <message>
      <source>Glossary: TBX v3 (ISO 30042:2019)</source>
      <translation>Глоссарий: TBX v3 (ISO 30042:2019)</translation>
    </message>
    <message>
      <source>Glossary: TBX 2008 (martif)</source>
      <translation>Глоссарий: TBX 2008 (martif)</translation>
    </message>
    <message>
      <source>Glossary: OmegaT (tab-separated)</source>
      <translation>Глоссарий: OmegaT (через табуляцию)</translation>
    </message>
    <message>
      <source>Glossary: CSV (memoQ, Trados)</source>
      <translation>Глоссарий: CSV (memoQ, Trados)</translation>
    </message>
    <message>
      <source>The report of the export appears here.</source>
      <translation>Здесь появится отчёт об экспорте.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Формат:</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Файл:</translation>
    </message>
    <message>
      <source>Minimum confidence:</source>
      <translation>Минимальная уверенность:</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Экспортировать в</translation>
    </message>
    <message>
      <source>Confirmed entries only</source>
      <translation>Только подтверждённые записи</translation>
    </message>
    <message>
      <source>Confirmed beads only</source>
      <translation>Только подтверждённые пары</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::FindReplaceDialog</name>
    <message>
      <source>Regular expression</source>
      <translation>Регулярное выражение</translation>
    </message>
    <message>
      <source>Match case</source>
      <translation>С учётом регистра</translation>
    </message>
    <message>
      <source>Find and replace</source>
      <translation>Найти и заменить</translation>
    </message>
    <message>
      <source>Both sides</source>
      <translation>Обе стороны</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Оригинал</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Перевод</translation>
    </message>
    <message>
      <source>Find:</source>
      <translation>Найти:</translation>
    </message>
    <message>
      <source>Replace with:</source>
      <translation>Заменить на:</translation>
    </message>
    <message>
      <source>In:</source>
      <translation>Где:</translation>
    </message>
    <message>
      <source>Find next</source>
      <translation>Найти далее</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Заменить</translation>
    </message>
    <message>
      <source>Replace all</source>
      <translation>Заменить все</translation>
    </message>
    <message>
      <source>Invalid expression: %1</source>
      <translation>Ошибка в выражении: %1</translation>
    </message>
    <message>
      <source>Found in %1 segment %2</source>
      <translation>Найдено: %1, сегмент %2</translation>
    </message>
    <message>
      <source>source</source>
      <translation>оригинал</translation>
    </message>
    <message>
      <source>target</source>
      <translation>перевод</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
      <source>Replace “%1” in %n segment(s)</source>
      <translation>
        <numerusform>Замена «%1» в %n сегменте</numerusform>
        <numerusform>Замена «%1» в %n сегментах</numerusform>
        <numerusform>Замена «%1» в %n сегментах</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Replaced in %n segment(s)</source>
      <translation>
        <numerusform>Заменено в %n сегменте</numerusform>
        <numerusform>Заменено в %n сегментах</numerusform>
        <numerusform>Заменено в %n сегментах</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::GlossaryDock</name>
    <message>
      <source>Glossary</source>
      <translation>Глоссарий</translation>
    </message>
    <message>
      <source>All entries</source>
      <translation>Все записи</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Новые</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>Предложенные</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Подтверждённые</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Отклонённые</translation>
    </message>
    <message>
      <source>source form</source>
      <translation>форма в оригинале</translation>
    </message>
    <message>
      <source>target form</source>
      <translation>форма в переводе</translation>
    </message>
    <message>
      <source>&amp;Mine names</source>
      <translation>&amp;Найти имена</translation>
    </message>
    <message>
      <source>Find name pairs in the aligned text again</source>
      <translation>Заново найти пары имён в выровненном тексте</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Принять</translation>
    </message>
    <message>
      <source>Re&amp;ject</source>
      <translation>&amp;Отклонить</translation>
    </message>
    <message>
      <source>&amp;Edit entry…</source>
      <translation>&amp;Изменить запись…</translation>
    </message>
    <message>
      <source>Re&amp;move entry</source>
      <translation>&amp;Удалить запись</translation>
    </message>
    <message>
      <source>Add pair from &amp;selection</source>
      <translation>Добавить пару из &amp;выделения</translation>
    </message>
    <message>
      <source>Select a name in a source cell editor, press Ctrl+G, then the same in a target cell editor: the pair is added</source>
      <translation>Выделите имя в редакторе ячейки оригинала, нажмите Ctrl+G, затем то же в ячейке перевода — пара будет добавлена</translation>
    </message>
    <message>
      <source>Re-align with &amp;confirmed names</source>
      <translation>Перевыровнять с &amp;подтверждёнными именами</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <source>New pair:</source>
      <translation>Новая пара:</translation>
    </message>
    <message>
      <source>Evidence (click to go to the row):</source>
      <translation>Где встречается (щелчок — переход к строке):</translation>
    </message>
    <message>
      <source>Mining names…</source>
      <translation>Поиск имён…</translation>
    </message>
    <message numerus="yes">
      <source>%n name pair(s) found in the text</source>
      <translation>
        <numerusform>В тексте найдена %n пара имён</numerusform>
        <numerusform>В тексте найдено %n пары имён</numerusform>
        <numerusform>В тексте найдено %n пар имён</numerusform>
      </translation>
    </message>
    <message>
      <source>Row %1: %2 ↔ %3</source>
      <translation>Строка %1: %2 ↔ %3</translation>
    </message>
    <message>
      <source>Select a name in a cell editor (press E on a row, then select the text) first.</source>
      <translation>Сначала выделите имя в редакторе ячейки (нажмите E на строке и выделите текст).</translation>
    </message>
    <message>
      <source>Glossary entry</source>
      <translation>Запись глоссария</translation>
    </message>
    <message>
      <source>person</source>
      <translation>персона</translation>
    </message>
    <message>
      <source>place</source>
      <translation>место</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>организация</translation>
    </message>
    <message>
      <source>other</source>
      <translation>другое</translation>
    </message>
    <message>
      <source>Source:</source>
      <translation>Оригинал:</translation>
    </message>
    <message>
      <source>Target:</source>
      <translation>Перевод:</translation>
    </message>
    <message>
      <source>Target forms:</source>
      <translation>Формы в переводе:</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Тип:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Примечание:</translation>
    </message>
    <message>
      <source>Press Mine names to collect name pairs.</source>
      <translation>Нажмите «Найти имена», чтобы собрать пары имён.</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::GlossaryModel</name>
    <message>
      <source>new</source>
      <translation>новое</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>подтверждено</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>отклонено</translation>
    </message>
    <message>
      <source>suggested</source>
      <translation>предложено</translation>
    </message>
    <message>
      <source>Forms seen: %1</source>
      <translation>Встреченные формы: %1</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Оригинал</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Перевод</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Оценка</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>Раз</translation>
    </message>
    <message>
      <source>Found by</source>
      <translation>Как найдено</translation>
    </message>
    <message>
      <source>identical</source>
      <comment>found by: spelled the same on both sides</comment>
      <translation>написание совпадает</translation>
    </message>
    <message>
      <source>known</source>
      <comment>found by: a known pair (glossary or exonym list)</comment>
      <translation>известная пара</translation>
    </message>
    <message>
      <source>transliteration</source>
      <comment>found by: the spellings transliterate</comment>
      <translation>транслитерация</translation>
    </message>
    <message>
      <source>co-occurrence</source>
      <comment>found by: the names occur in the same rows</comment>
      <translation>совстречаемость</translation>
    </message>
    <message>
      <source>leftover</source>
      <comment>found by: the only unpaired names of their row</comment>
      <translation>единственные без пары</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::MainWindow</name>
    <message>
      <source>&amp;New project…</source>
      <translation>&amp;Новый проект…</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
      <source>Save project &amp;as…</source>
      <translation>Сохранить проект &amp;как…</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Экспорт…</translation>
    </message>
    <message>
      <source>&amp;Close project</source>
      <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Выход</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Найти…</translation>
    </message>
    <message>
      <source>Find and &amp;replace…</source>
      <translation>Найти и &amp;заменить…</translation>
    </message>
    <message>
      <source>&amp;Edit text</source>
      <translation>&amp;Править текст</translation>
    </message>
    <message>
      <source>Move column &amp;down</source>
      <translation>Сдвинуть столбец &amp;вниз</translation>
    </message>
    <message>
      <source>Move column &amp;up</source>
      <translation>Сдвинуть столбец в&amp;верх</translation>
    </message>
    <message>
      <source>&amp;Insert empty segment</source>
      <translation>&amp;Вставить пустой сегмент</translation>
    </message>
    <message>
      <source>&amp;Merge with next row</source>
      <translation>&amp;Объединить со следующей строкой</translation>
    </message>
    <message>
      <source>S&amp;plit row</source>
      <translation>&amp;Разделить строку</translation>
    </message>
    <message>
      <source>Shift first segment &amp;up</source>
      <translation>Первый сегмент — в&amp;верх</translation>
    </message>
    <message>
      <source>Pop last segment d&amp;own</source>
      <translation>Последний сегмент — в&amp;низ</translation>
    </message>
    <message>
      <source>&amp;Confirm and go on</source>
      <translation>&amp;Подтвердить и перейти дальше</translation>
    </message>
    <message>
      <source>&amp;Toggle confirmed</source>
      <translation>Переключить &amp;подтверждение</translation>
    </message>
    <message>
      <source>Mark for re&amp;view</source>
      <translation>Пометить для про&amp;верки</translation>
    </message>
    <message>
      <source>Confirm all rows up to &amp;here</source>
      <translation>Подтвердить все строки &amp;до этой</translation>
    </message>
    <message>
      <source>&amp;Re-align unconfirmed</source>
      <translation>&amp;Перевыровнять неподтверждённое</translation>
    </message>
    <message>
      <source>Re-align &amp;selected rows</source>
      <translation>Перевыровнять &amp;выделенные строки</translation>
    </message>
    <message>
      <source>Next &amp;unconfirmed</source>
      <translation>Следующая &amp;неподтверждённая</translation>
    </message>
    <message>
      <source>Previous unconfirmed</source>
      <translation>Предыдущая неподтверждённая</translation>
    </message>
    <message>
      <source>Next &amp;non-1-1</source>
      <translation>Следующая &amp;не 1-1</translation>
    </message>
    <message>
      <source>Previous non-1-1</source>
      <translation>Предыдущая не 1-1</translation>
    </message>
    <message>
      <source>Next &amp;low confidence</source>
      <translation>Следующая с &amp;низкой уверенностью</translation>
    </message>
    <message>
      <source>Previous low confidence</source>
      <translation>Предыдущая с низкой уверенностью</translation>
    </message>
    <message>
      <source>Next &amp;flagged</source>
      <translation>Следующая с &amp;пометкой</translation>
    </message>
    <message>
      <source>Previous flagged</source>
      <translation>Предыдущая с пометкой</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts…</source>
      <translation>&amp;Сочетания клавиш…</translation>
    </message>
    <message>
      <source>&amp;About Tandem</source>
      <translation>&amp;О программе Tandem</translation>
    </message>
    <message>
      <source>About Tandem</source>
      <translation>О программе Tandem</translation>
    </message>
    <message>
      <source>&lt;b&gt;Tandem&lt;/b&gt; %1&lt;br&gt;A translation-alignment workbench: pair sentences, review them, collect names, export translation memories and glossaries.</source>
      <translation>&lt;b&gt;Tandem&lt;/b&gt; %1&lt;br&gt;Инструмент выравнивания переводов: сопоставление предложений, их проверка, сбор имён, экспорт памяти переводов и глоссариев.</translation>
    </message>
    <message>
      <source>Alignment map</source>
      <translation>Карта выравнивания</translation>
    </message>
    <message>
      <source>&lt;project as created&gt;</source>
      <translation>&lt;проект при создании&gt;</translation>
    </message>
    <message>
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;Align</source>
      <translation>&amp;Выравнивание</translation>
    </message>
    <message>
      <source>&amp;Glossary</source>
      <translation>&amp;Глоссарий</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>Как в системе</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>Edits</source>
      <translation>Правка</translation>
    </message>
    <message>
      <source>Filter</source>
      <translation>Фильтр</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Любой статус</translation>
    </message>
    <message>
      <source>Unconfirmed</source>
      <translation>Неподтверждённые</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Автоматические</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Подтверждённые</translation>
    </message>
    <message>
      <source>Needs review</source>
      <translation>На проверку</translation>
    </message>
    <message>
      <source>any confidence</source>
      <translation>любая уверенность</translation>
    </message>
    <message>
      <source>conf &lt; </source>
      <translation>увер. &lt; </translation>
    </message>
    <message>
      <source>Show beads whose confidence is below this (0: no limit)</source>
      <translation>Показывать пары с уверенностью ниже этой (0 — без ограничения)</translation>
    </message>
    <message>
      <source>Any shape</source>
      <translation>Любой тип</translation>
    </message>
    <message>
      <source>1-1 only</source>
      <translation>Только 1-1</translation>
    </message>
    <message>
      <source>Not 1-1</source>
      <translation>Не 1-1</translation>
    </message>
    <message>
      <source>Both sides</source>
      <translation>Обе стороны</translation>
    </message>
    <message>
      <source>Source empty</source>
      <translation>Пустой оригинал</translation>
    </message>
    <message>
      <source>Target empty</source>
      <translation>Пустой перевод</translation>
    </message>
    <message>
      <source>Either empty</source>
      <translation>Пустая сторона</translation>
    </message>
    <message>
      <source>Flagged</source>
      <translation>С пометкой</translation>
    </message>
    <message>
      <source>in both</source>
      <translation>везде</translation>
    </message>
    <message>
      <source>in source</source>
      <translation>в оригинале</translation>
    </message>
    <message>
      <source>in target</source>
      <translation>в переводе</translation>
    </message>
    <message>
      <source>regex…</source>
      <translation>рег. выражение…</translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) shown</source>
      <translation>
        <numerusform>Показана %n строка</numerusform>
        <numerusform>Показаны %n строки</numerusform>
        <numerusform>Показано %n строк</numerusform>
      </translation>
    </message>
    <message>
      <source>Tandem</source>
      <translation>Tandem</translation>
    </message>
    <message>
      <source>%1 (%2 → %3) — Tandem</source>
      <translation>%1 (%2 → %3) — Tandem</translation>
    </message>
    <message numerus="yes">
      <source>%n bead(s)</source>
      <translation>
        <numerusform>%n пара</numerusform>
        <numerusform>%n пары</numerusform>
        <numerusform>%n пар</numerusform>
      </translation>
    </message>
    <message>
      <source>%1% confirmed</source>
      <translation>подтверждено %1%</translation>
    </message>
    <message numerus="yes">
      <source>%n need(s) review</source>
      <translation>
        <numerusform>%n на проверку</numerusform>
        <numerusform>%n на проверку</numerusform>
        <numerusform>%n на проверку</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n flagged</source>
      <translation>
        <numerusform>%n с пометкой</numerusform>
        <numerusform>%n с пометкой</numerusform>
        <numerusform>%n с пометкой</numerusform>
      </translation>
    </message>
    <message>
      <source>Filter cleared to show row %1</source>
      <translation>Фильтр сброшен, чтобы показать строку %1</translation>
    </message>
    <message>
      <source>Nothing found</source>
      <translation>Ничего не найдено</translation>
    </message>
    <message>
      <source>Continued from the top</source>
      <translation>Поиск продолжен с начала</translation>
    </message>
    <message>
      <source>Continued from the bottom</source>
      <translation>Поиск продолжен с конца</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Открыть проект</translation>
    </message>
    <message>
      <source>Tandem projects (*.tandem);;All files (*)</source>
      <translation>Проекты Tandem (*.tandem);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Save project as</source>
      <translation>Сохранить проект как</translation>
    </message>
    <message>
      <source>Tandem projects (*.tandem)</source>
      <translation>Проекты Tandem (*.tandem)</translation>
    </message>
    <message>
      <source>Could not copy %1 to %2</source>
      <translation>Не удалось скопировать %1 в %2</translation>
    </message>
    <message>
      <source>The language changes fully at the next start.</source>
      <translation>Язык полностью сменится при следующем запуске.</translation>
    </message>
    <message>
      <source>could not write %1</source>
      <translation>не удалось записать %1</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>Подтвердить</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Объединить</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>Разделить</translation>
    </message>
    <message>
      <source>Shift ↑</source>
      <translation>Сдвиг ↑</translation>
    </message>
    <message>
      <source>Pop ↓</source>
      <translation>Сдвиг ↓</translation>
    </message>
    <message>
      <source>Column ↓</source>
      <translation>Столбец ↓</translation>
    </message>
    <message>
      <source>Column ↑</source>
      <translation>Столбец ↑</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Пропуск</translation>
    </message>
    <message>
      <source>Re-align</source>
      <translation>Перевыровнять</translation>
    </message>
    <message>
      <source>Next unconfirmed</source>
      <translation>След. неподтв.</translation>
    </message>
    <message>
      <source>Next flagged</source>
      <translation>След. с пометкой</translation>
    </message>
    <message>
      <source>Re-alignment cannot start: there are no rows to re-align, or a task is still running.</source>
      <translation>Перевыравнивание не может начаться: нет строк для перевыравнивания или ещё выполняется задача.</translation>
    </message>
    <message>
      <source>Re-aligning…</source>
      <translation>Перевыравнивание…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Re-alignment cancelled; nothing was changed.</source>
      <translation>Перевыравнивание отменено; ничего не изменилось.</translation>
    </message>
    <message>
      <source>Re-alignment applied (Undo takes it back).</source>
      <translation>Перевыравнивание выполнено (его можно отменить).</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::NewProjectDialog</name>
    <message>
      <source>One segment per line (pre-segmented)</source>
      <translation>Один сегмент на строку (уже сегментировано)</translation>
    </message>
    <message>
      <source>Every line is a paragraph</source>
      <translation>Каждая строка — абзац</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Новый проект</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Обзор…</translation>
    </message>
    <message>
      <source>Source file:</source>
      <translation>Файл оригинала:</translation>
    </message>
    <message>
      <source>Source language:</source>
      <translation>Язык оригинала:</translation>
    </message>
    <message>
      <source>Target file:</source>
      <translation>Файл перевода:</translation>
    </message>
    <message>
      <source>Target language:</source>
      <translation>Язык перевода:</translation>
    </message>
    <message>
      <source>Project file:</source>
      <translation>Файл проекта:</translation>
    </message>
    <message>
      <source>Create and align</source>
      <translation>Создать и выровнять</translation>
    </message>
    <message>
      <source>Texts (*.txt *.html *.htm *.docx *.lines);;All files (*)</source>
      <translation>Тексты (*.txt *.html *.htm *.docx *.lines);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Project file</source>
      <translation>Файл проекта</translation>
    </message>
    <message>
      <source>Tandem projects (*.tandem)</source>
      <translation>Проекты Tandem (*.tandem)</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Выберите файл</translation>
    </message>
    <message>
      <source>Choose both files and where to store the project.</source>
      <translation>Выберите оба файла и место для проекта.</translation>
    </message>
    <message>
      <source>%1 exists. Replace it?</source>
      <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <source>Importing and aligning…</source>
      <translation>Импорт и выравнивание…</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Отменено.</translation>
    </message>
  </context>
  <context>
    <name>QObject</name>
    <message numerus="yes">
      <source>%n rejected</source>
      <translation>
        <numerusform>%n отклонена</numerusform>
        <numerusform>%n отклонены</numerusform>
        <numerusform>%n отклонено</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not confirmed</source>
      <translation>
        <numerusform>%n не подтверждена</numerusform>
        <numerusform>%n не подтверждены</numerusform>
        <numerusform>%n не подтверждено</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>read back with Tandem's reader: %n entr(ies), as written</source>
      <translation>
        <numerusform>прочитано обратно средствами Tandem: %n запись, как и записано</numerusform>
        <numerusform>прочитано обратно средствами Tandem: %n записи, как и записано</numerusform>
        <numerusform>прочитано обратно средствами Tandem: %n записей, как и записано</numerusform>
      </translation>
    </message>
    <message>
      <source>read back %1 entries, but %2 were written</source>
      <translation>прочитано обратно %1 записей, а записано %2</translation>
    </message>
    <message numerus="yes">
      <source>read back with Tandem's TMX reader: %n unit(s), languages %1 → %2</source>
      <translation>
        <numerusform>прочитано обратно модулем чтения TMX: %n единица, языки %1 → %2</numerusform>
        <numerusform>прочитано обратно модулем чтения TMX: %n единицы, языки %1 → %2</numerusform>
        <numerusform>прочитано обратно модулем чтения TMX: %n единиц, языки %1 → %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n line(s) read back, each with one tab</source>
      <translation>
        <numerusform>прочитана обратно %n строка, в каждой одна табуляция</numerusform>
        <numerusform>прочитаны обратно %n строки, в каждой одна табуляция</numerusform>
        <numerusform>прочитано обратно %n строк, в каждой одна табуляция</numerusform>
      </translation>
    </message>
    <message>
      <source>both files read back with %1 and %2 lines</source>
      <translation>оба файла прочитаны обратно: %1 и %2 строк</translation>
    </message>
    <message numerus="yes">
      <source>%n not confirmed or below the confidence</source>
      <translation>
        <numerusform>%n не подтверждена или ниже порога уверенности</numerusform>
        <numerusform>%n не подтверждены или ниже порога уверенности</numerusform>
        <numerusform>%n не подтверждено или ниже порога уверенности</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n below the confidence</source>
      <translation>
        <numerusform>%n ниже порога уверенности</numerusform>
        <numerusform>%n ниже порога уверенности</numerusform>
        <numerusform>%n ниже порога уверенности</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with an empty side</source>
      <translation>
        <numerusform>%n с пустой стороной</numerusform>
        <numerusform>%n с пустой стороной</numerusform>
        <numerusform>%n с пустой стороной</numerusform>
      </translation>
    </message>
    <message>
      <source>Export failed: %1</source>
      <translation>Экспорт не удался: %1</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n unit(s) to:</source>
      <translation>
        <numerusform>Записана %n единица в:</numerusform>
        <numerusform>Записаны %n единицы в:</numerusform>
        <numerusform>Записано %n единиц в:</numerusform>
      </translation>
    </message>
    <message>
      <source>Skipped %1 (%2).</source>
      <translation>Пропущено: %1 (%2).</translation>
    </message>
    <message>
      <source>Nothing skipped.</source>
      <translation>Ничего не пропущено.</translation>
    </message>
    <message>
      <source>Valid: %1.</source>
      <translation>Файл корректен: %1.</translation>
    </message>
    <message>
      <source>NOT valid: %1.</source>
      <translation>Файл НЕКОРРЕКТЕН: %1.</translation>
    </message>
    <message>
      <source>Out of memory while creating the project.</source>
      <translation>Не хватило памяти при создании проекта.</translation>
    </message>
    <message>
      <source>BCP 47 language tag, guessed from the script of the file</source>
      <translation>Тег языка BCP 47, угаданный по письменности файла</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>Команда</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <source>Assign</source>
      <translation>Назначить</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Очистить</translation>
    </message>
    <message>
      <source>Reset all</source>
      <translation>Сбросить все</translation>
    </message>
    <message>
      <source>New key:</source>
      <translation>Новая клавиша:</translation>
    </message>
    <message>
      <source>Select a command, press the new key, then Assign.</source>
      <translation>Выберите команду, нажмите новую клавишу, затем «Назначить».</translation>
    </message>
    <message>
      <source>%1 is already used by: %2</source>
      <translation>%1 уже занято: %2</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::RealignTask</name>
    <message>
      <source>The project changed while it was being re-aligned; it was left as it is.</source>
      <translation>Проект изменился во время перевыравнивания; он оставлен как есть.</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::ReviewFlags</name>
    <message>
      <source>‘%1’</source>
      <comment>a name quoted in a flag</comment>
      <translation>«%1»</translation>
    </message>
    <message>
      <source>none</source>
      <comment>no numbers</comment>
      <translation>нет</translation>
    </message>
    <message>
      <source>the confirmed name %1 ↔ %2 is on one side only</source>
      <translation>подтверждённое имя %1 ↔ %2 есть только на одной стороне</translation>
    </message>
    <message>
      <source>numbers differ: only in the source %1; only in the target %2</source>
      <translation>числа расходятся: только в оригинале %1; только в переводе %2</translation>
    </message>
    <message>
      <source>one name is spelled in two ways: %1</source>
      <translation>одно имя написано двумя способами: %1</translation>
    </message>
  </context>
  <context>
    <name>tandem::gui::Workspace</name>
    <message>
      <source>No project is open.</source>
      <translation>Проект не открыт.</translation>
    </message>
    <message>
      <source>The project is busy; wait until the running task ends.</source>
      <translation>Проект занят; дождитесь окончания текущей задачи.</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Tandem alignment workbench</source>
      <translation>Tandem — инструмент выравнивания переводов</translation>
    </message>
    <message>
      <source>Render the main window to &lt;png&gt; and exit.</source>
      <translation>Отрисовать главное окно в &lt;png&gt; и выйти.</translation>
    </message>
    <message>
      <source>Window size for --screenshot, e.g. 1400x860.</source>
      <translation>Размер окна для --screenshot, например 1400x860.</translation>
    </message>
    <message>
      <source>A .tandem project to open.</source>
      <translation>Проект .tandem, который нужно открыть.</translation>
    </message>
  </context>
</TS>