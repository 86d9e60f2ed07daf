#pragma once

#include <QByteArray>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace routerlab {

// A field of a lab file: member names and array indices from the top, printed as users read
// them ("nodes[1].slots.3"). A path is a few steps held in place, so building one per field
// costs no allocation; it borrows its member names, which must outlive it. A lab file's fields
// are at most kMaxDepth deep.
class LabFilePath {
public:
    static constexpr std::size_t kMaxDepth = 6;

    LabFilePath member(std::string_view key) const { return with({key, -1}); }
    LabFilePath element(int index) const { return with({{}, index}); }

    std::string text() const;
    // A member name, or an array index.
    using Step = std::variant<std::string, int>;
    std::vector<Step> steps() const;

private:
    struct StepView {
        std::string_view key;
        int index = -1; // an element when not negative
    };
    LabFilePath with(StepView step) const;

    std::array<StepView, kMaxDepth> m_steps{};
    std::size_t m_depth = 0;
};

// Where each value of a lab file sits. QJsonDocument keeps no positions, so a problem found in
// the parsed document is placed by walking the text again along the problem's path, once, when
// there is a problem: loading pays only for elementLines(). The text is what QJsonDocument
// accepted; anything else gives line 0 or the last line reached, never a crash. Of duplicate
// keys the last counts, as in QJsonObject.
class LabFileLines {
public:
    explicit LabFileLines(const QByteArray &text) : m_text(text) {}

    // 1 + the newlines before `offset`.
    int lineAt(qsizetype offset) const;
    // The line the value at `path` starts on. A step that is not there stops the walk: the
    // line of the object or array it was looked for in (the place a missing field belongs).
    int lineOf(const LabFilePath &path) const;
    // The line each element of the top-level array `key` starts on, in one pass.
    std::vector<int> elementLines(const std::string &key) const;

private:
    QByteArray m_text;
};

} // namespace routerlab
