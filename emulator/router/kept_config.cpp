#include "router/kept_config.h"

#include "router/config_writer.h"

#include <algorithm>

namespace routerlab {
namespace {

bool keyStartsWith(const std::string &key, const std::string &prefix)
{
    return key.compare(0, prefix.size(), prefix) == 0 &&
           (key.size() == prefix.size() || key[prefix.size()] == ' ');
}

void removeByPrefix(std::map<std::string, KeptLine> &lines, const std::string &prefix)
{
    std::erase_if(lines, [&prefix](const auto &entry) { return keyStartsWith(entry.first, prefix); });
}

KeptLine &store(std::map<std::string, KeptLine> &lines, const std::string &key, int order,
                std::string text, std::uint64_t &nextSequence)
{
    auto [it, added] = lines.try_emplace(key);
    if (added) {
        it->second.order = order;
        it->second.sequence = nextSequence++;
    }
    it->second.text = std::move(text);
    return it->second;
}

void writeLines(const std::map<std::string, KeptLine> &lines, int from, int to, int indent,
                ConfigWriter &out, bool separated)
{
    std::vector<const KeptLine *> chosen;
    for (const auto &[key, line] : lines) {
        if (line.order >= from && line.order < to)
            chosen.push_back(&line);
    }
    std::sort(chosen.begin(), chosen.end(), [](const KeptLine *a, const KeptLine *b) {
        return a->order != b->order ? a->order < b->order : a->sequence < b->sequence;
    });
    const std::string prefix(static_cast<std::size_t>(indent), ' ');
    for (const KeptLine *line : chosen) {
        if (separated)
            out.separator();
        // A banner's text spans lines of its own, which IOS prints unindented.
        out.line(prefix + line->text);
        writeLines(line->children, 0, INT32_MAX, indent + 1, out, false);
    }
    if (separated && !chosen.empty())
        out.separator();
}

} // namespace

KeptLine &KeptConfig::set(const std::string &scope, const std::string &key, int order,
                          std::string text)
{
    return store(m_scopes[scope], key, order, std::move(text), m_nextSequence);
}

bool KeptConfig::setChild(const std::string &blockKey, const std::string &key, int order,
                          std::string text)
{
    auto scope = m_scopes.find(kGlobal);
    if (scope == m_scopes.end())
        return false;
    auto block = scope->second.find(blockKey);
    if (block == scope->second.end())
        return false;
    store(block->second.children, key, order, std::move(text), m_nextSequence);
    return true;
}

void KeptConfig::remove(const std::string &scope, const std::string &keyPrefix)
{
    auto it = m_scopes.find(scope);
    if (it != m_scopes.end())
        removeByPrefix(it->second, keyPrefix);
}

void KeptConfig::removeChild(const std::string &blockKey, const std::string &keyPrefix)
{
    auto scope = m_scopes.find(kGlobal);
    if (scope == m_scopes.end())
        return;
    auto block = scope->second.find(blockKey);
    if (block != scope->second.end())
        removeByPrefix(block->second.children, keyPrefix);
}

void KeptConfig::write(const std::string &scope, int from, int to, int indent,
                       ConfigWriter &out, bool separated) const
{
    auto it = m_scopes.find(scope);
    if (it != m_scopes.end())
        writeLines(it->second, from, to, indent, out, separated);
}

} // namespace routerlab
