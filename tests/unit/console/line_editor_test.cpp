// The line editor on its own: the text it keeps and the exact bytes it sends for each key.
#include <QtTest>

#include "console/line_editor.h"

using namespace routerlab;

class LineEditorTest : public QObject {
    Q_OBJECT
private slots:
    void insertingMidLineRedrawsTheTailAndBacksUp()
    {
        LineEditor editor;
        editor.insert("shw");
        editor.moveLeft();
        QCOMPARE(editor.insert("o"), std::string("ow\b"));
        QCOMPARE(editor.text(), std::string("show"));
        QCOMPARE(editor.cursor(), std::size_t(3));
    }

    void backspaceMidLineShiftsTheTailAndBlanksTheLastCell()
    {
        LineEditor editor;
        editor.insert("shoow");
        editor.moveLeft();
        QCOMPARE(editor.backspace(), std::string("\bw \b\b"));
        QCOMPARE(editor.text(), std::string("show"));
    }

    void backspaceAtTheStartRingsTheBell()
    {
        LineEditor editor;
        QCOMPARE(editor.backspace(), std::string("\a"));
    }

    void eraseLineBlanksWhatWasTyped()
    {
        LineEditor editor;
        editor.insert("abc");
        editor.moveLeft();
        QCOMPARE(editor.eraseLine(), std::string("\b\b   \b\b\b"));
        QVERIFY(editor.empty());
    }

    void eraseWordTakesTrailingSpacesAndOneWord()
    {
        LineEditor editor;
        editor.insert("show ip  ");
        QCOMPARE(editor.eraseWordLeft(), std::string("\b\b\b\b    \b\b\b\b"));
        QCOMPARE(editor.text(), std::string("show "));
    }

    void replaceKeepsTheCommonStartOnScreen()
    {
        LineEditor editor;
        editor.insert("sh ip int br");
        QCOMPARE(editor.replace("sh ip int brief"), std::string("ief"));
        QCOMPARE(editor.replace("show"),
                 std::string(13, '\b') + "ow" + std::string(11, ' ') + std::string(11, '\b'));
        QCOMPARE(editor.text(), std::string("show"));
    }

    void historyBrowsingReturnsToTheDraft()
    {
        LineEditor editor;
        editor.addHistory("show clock");
        editor.insert("sh");
        editor.historyPrevious();
        QCOMPARE(editor.text(), std::string("show clock"));
        QCOMPARE(editor.historyPrevious(), std::string("\a"));
        editor.historyNext();
        QCOMPARE(editor.text(), std::string("sh"));
    }

    void historyHoldsTenLines()
    {
        LineEditor editor;
        for (int i = 0; i < 15; ++i)
            editor.addHistory(std::to_string(i));
        QCOMPARE(editor.history().size(), LineEditor::kHistorySize);
        QCOMPARE(editor.history().front(), std::string("5"));
    }

    void withEchoOffNothingIsDrawnButTheTextIsKept()
    {
        LineEditor editor;
        editor.setEcho(false);
        QCOMPARE(editor.insert("secret"), std::string());
        QCOMPARE(editor.backspace(), std::string());
        QCOMPARE(editor.text(), std::string("secre"));
        QCOMPARE(editor.redraw(), std::string());
    }

    void redrawPutsTheCursorBack()
    {
        LineEditor editor;
        editor.insert("show");
        editor.moveToStart();
        editor.moveRight();
        QCOMPARE(editor.redraw(), std::string("show\b\b\b"));
    }
};

QTEST_APPLESS_MAIN(LineEditorTest)
#include "line_editor_test.moc"
