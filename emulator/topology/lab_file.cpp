#include "topology/lab_file.h"

#include "cli/interface_names.h"
#include "topology/image_catalog.h"
#include "topology/lab_paths.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <vector>

namespace routerlab {
namespace {

// Finds lines by offset in the newline offsets it collects once: counting newlines from the top
// for every node and link made loading a large lab quadratic.
class LineIndex {
public:
    explicit LineIndex(const QByteArray &text)
    {
        for (qsizetype at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
            m_newlines.push_back(at);
    }

    // 1 + the newlines before `offset`.
    int lineAt(qsizetype offset) const
    {
        const auto before = std::lower_bound(m_newlines.begin(), m_newlines.end(), offset);
        return 1 + static_cast<int>(before - m_newlines.begin());
    }

private:
    std::vector<qsizetype> m_newlines;
};

class Reader {
public:
    Reader(std::string file, QByteArray text)
        : m_file(std::move(file)), m_text(std::move(text)), m_lines(m_text)
    {
    }

    [[noreturn]] void fail(int line, const std::string &field, const std::string &problem) const
    {
        throw LabFileError(m_file, line, field, problem);
    }

    std::string string(const QJsonObject &object, const char *key, const std::string &field, int line,
                       bool required = true) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString())
            fail(line, field + "." + key, value.isUndefined() ? "missing (a string is required)" : "must be a string");
        return value.toString().toStdString();
    }

    const QByteArray &text() const { return m_text; }
    int lineAt(qsizetype offset) const { return m_lines.lineAt(offset); }

    // QJson keeps no positions, so find the line of the n-th element of an array by the text of
    // one of its members (the node's name, the link's first node); close enough to point a user at.
    int lineOf(const QString &needle, qsizetype from = 0) const
    {
        const qsizetype at = m_text.indexOf(needle.toUtf8(), from);
        return at < 0 ? 0 : lineAt(at);
    }

private:
    std::string m_file;
    QByteArray m_text;
    LineIndex m_lines;
};

std::vector<std::string> interfacesOf(const LabNodeSpec &node, const ChassisDescriptor &chassis)
{
    std::vector<std::string> names;
    auto adapters = node.slotAdapters;
    if (!adapters.contains(0))
        adapters[0] = chassis.defaultIoController;
    for (const auto &[slot, adapterName] : adapters) {
        const PortAdapterType *adapter = chassis.portAdapter(adapterName);
        for (int port = 0; adapter && port < adapter->portCount; ++port)
            names.push_back(adapter->interfaceType + std::to_string(slot) + "/" + std::to_string(port));
    }
    return names;
}

LabNodeSpec readNode(const Reader &reader, const QJsonValue &value, int index, const ImageCatalog &catalog,
                     qsizetype &searchFrom)
{
    const std::string field = "nodes[" + std::to_string(index) + "]";
    if (!value.isObject())
        reader.fail(0, field, "must be an object");
    const QJsonObject object = value.toObject();
    LabNodeSpec node;
    const QString name = object.value("name").toString();
    // Nodes appear in file order: look for this one after the previous one, so a duplicate
    // name points at the duplicate.
    const QByteArray quotedName = ("\"" + name + "\"").toUtf8();
    const qsizetype at = reader.text().indexOf(quotedName, searchFrom);
    node.line = at < 0 ? 0 : reader.lineAt(at);
    if (at >= 0)
        searchFrom = at + quotedName.size();
    const qsizetype nodeStart = at < 0 ? searchFrom : at;
    node.name = reader.string(object, "name", field, node.line);
    if (node.name.empty() || node.name.find_first_of(" \t:") != std::string::npos)
        reader.fail(node.line, field + ".name", "\"" + node.name + "\" is not a valid node name (no spaces or colons)");
    const std::string type = reader.string(object, "type", field, node.line);
    node.x = object.value("x").toDouble();
    node.y = object.value("y").toDouble();
    if (type == "switch") {
        node.kind = LabNodeSpec::Kind::Switch;
        node.ports = object.value("ports").toInt(8);
        if (node.ports < 1 || node.ports > 64)
            reader.fail(node.line, field + ".ports", "must be between 1 and 64");
        const QJsonValue spanningTree = object.value("spanningTree");
        if (!spanningTree.isUndefined() && !spanningTree.isBool()) {
            const int line = reader.lineOf("\"spanningTree\"", nodeStart);
            reader.fail(line > 0 ? line : node.line, field + ".spanningTree",
                        "must be true or false");
        }
        node.spanningTree = spanningTree.toBool(false);
        const QJsonValue speed = object.value("speed");
        if (!speed.isUndefined()) {
            node.portSpeed = speed.toInt(-1);
            if (node.portSpeed != 10 && node.portSpeed != 100) {
                const int line = reader.lineOf("\"speed\"", nodeStart);
                reader.fail(line > 0 ? line : node.line, field + ".speed", "must be 10 or 100");
            }
        }
        const QJsonValue duplex = object.value("duplex");
        if (!duplex.isUndefined()) {
            node.portDuplex = duplex.toString().toStdString();
            if (node.portDuplex != "auto" && node.portDuplex != "full" && node.portDuplex != "half") {
                const int line = reader.lineOf("\"duplex\"", nodeStart);
                reader.fail(line > 0 ? line : node.line, field + ".duplex", "must be \"auto\", \"full\" or \"half\"");
            }
        }
        return node;
    }
    if (type != "router")
        reader.fail(node.line, field + ".type", "\"" + type + "\" is neither \"router\" nor \"switch\"");
    const ChassisDescriptor &chassis = catalog.chassis();
    node.image = reader.string(object, "image", field, node.line);
    if (!catalog.image(node.image))
        reader.fail(node.line, field + ".image", "unknown image \"" + node.image + "\" (see images/)");
    node.model = reader.string(object, "model", field, node.line, false);
    if (node.model.empty())
        node.model = chassis.defaultModel;
    auto model = chassis.models.find(node.model);
    if (model == chassis.models.end())
        reader.fail(node.line, field + ".model", "unknown chassis \"" + node.model + "\"");
    node.npe = reader.string(object, "npe", field, node.line, false);
    if (!node.npe.empty() && !chassis.npes.contains(node.npe))
        reader.fail(node.line, field + ".npe", "unknown processor engine \"" + node.npe + "\"");
    node.config = reader.string(object, "config", field, node.line, false);
    const QJsonObject slotObject = object.value("slots").toObject();
    for (auto it = slotObject.begin(); it != slotObject.end(); ++it) {
        const std::string slotField = field + ".slots." + it.key().toStdString();
        bool ok = false;
        const int slot = it.key().toInt(&ok);
        if (!ok || slot < 0 || slot >= model->second.slotCount)
            reader.fail(node.line, slotField, "a " + node.model + " has slots 0 to " +
                                                  std::to_string(model->second.slotCount - 1));
        const std::string adapterName = it.value().toString().toStdString();
        const PortAdapterType *adapter = chassis.portAdapter(adapterName);
        if (!adapter)
            reader.fail(reader.lineOf(it.value().toString(), nodeStart), slotField,
                        "unknown port adapter \"" + adapterName + "\"");
        if (adapter->ioController != (slot == 0))
            reader.fail(reader.lineOf(it.value().toString(), nodeStart), slotField,
                        slot == 0 ? "slot 0 holds an I/O controller" : "an I/O controller fits slot 0 only");
        node.slotAdapters[slot] = adapterName;
    }
    return node;
}

void checkPort(const Reader &reader, const LabNodeSpec *node, LabLinkEnd &end, const std::string &field, int line,
               const ImageCatalog &catalog)
{
    if (!node)
        reader.fail(line, field + ".node", "no node named \"" + end.node + "\"");
    if (node->kind == LabNodeSpec::Kind::Switch) {
        bool ok = false;
        const int port = QString::fromStdString(end.port).toInt(&ok);
        if (!ok || port < 1 || port > node->ports)
            reader.fail(line, field + ".port", "switch " + end.node + " has ports 1 to " + std::to_string(node->ports));
        return;
    }
    const auto canonical = cli::canonicalInterfaceName(end.port);
    const auto interfaces = interfacesOf(*node, catalog.chassis());
    if (!canonical || std::find(interfaces.begin(), interfaces.end(), *canonical) == interfaces.end())
        reader.fail(line, field + ".port", end.node + " has no interface \"" + end.port + "\"");
    end.port = *canonical;
}

} // namespace

LabFileError::LabFileError(std::string file, int line, std::string field, std::string problem)
    : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) : "") + ": " +
                         (field.empty() ? "" : field + ": ") + problem),
      m_file(std::move(file)), m_line(line), m_field(std::move(field))
{
}

LabSpec loadLabFile(const std::string &path, const ImageCatalog &catalog)
{
    QFileInfo info(QString::fromStdString(path));
    if (info.isDir())
        info = QFileInfo(info.absoluteFilePath() + "/lab.json");
    const std::string filePath = info.absoluteFilePath().toStdString();
    // Opening a FIFO would wait for a writer forever.
    if (const std::string problem = notAFileProblem(filePath); !problem.empty())
        throw LabFileError(filePath, 0, "", "cannot open: " + problem);
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        throw LabFileError(filePath, 0, "", "cannot open: " + file.errorString().toStdString());
    const QByteArray text = file.readAll();
    const Reader reader(filePath, text);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        reader.fail(reader.lineAt(parseError.offset), "", "invalid JSON: " + parseError.errorString().toStdString());
    if (!document.isObject())
        reader.fail(1, "", "the top level must be an object");
    const QJsonObject root = document.object();

    LabSpec spec;
    spec.filePath = filePath;
    spec.directory = info.absolutePath().toStdString();
    spec.name = root.value("name").toString(info.dir().dirName()).toStdString();
    if (!root.value("nodes").isArray())
        reader.fail(1, "nodes", "missing (an array of nodes is required)");
    const QJsonArray nodes = root.value("nodes").toArray();
    // Node name -> index in spec.nodes, so that links find their ends without a scan.
    std::unordered_map<std::string, std::size_t> nodeIndex;
    qsizetype nodeSearchFrom = 0;
    for (int i = 0; i < nodes.size(); ++i) {
        LabNodeSpec node = readNode(reader, nodes[i], i, catalog, nodeSearchFrom);
        if (!node.config.empty()) {
            if (const std::string problem = configPathProblem(spec.directory, node.config); !problem.empty())
                reader.fail(node.line, "nodes[" + std::to_string(i) + "].config", problem);
        }
        if (!nodeIndex.emplace(node.name, spec.nodes.size()).second)
            reader.fail(node.line, "nodes[" + std::to_string(i) + "].name", "duplicate node name \"" + node.name + "\"");
        spec.nodes.push_back(std::move(node));
    }
    const QJsonArray links = root.value("links").toArray();
    std::set<std::pair<std::string, std::string>> usedPorts;
    qsizetype searchFrom = text.indexOf("\"links\"");
    for (int i = 0; i < links.size(); ++i) {
        const std::string field = "links[" + std::to_string(i) + "]";
        const QJsonObject object = links[i].toObject();
        LabLinkSpec link;
        const QString firstNode = object.value("a").toObject().value("node").toString();
        link.line = reader.lineOf("\"" + firstNode + "\"", searchFrom);
        searchFrom = std::max<qsizetype>(searchFrom, text.indexOf(firstNode.toUtf8(), searchFrom) + 1);
        for (const char *side : {"a", "b"}) {
            const QJsonObject end = object.value(side).toObject();
            LabLinkEnd &linkEnd = side[0] == 'a' ? link.a : link.b;
            linkEnd.node = reader.string(end, "node", field + "." + side, link.line);
            linkEnd.port = reader.string(end, "port", field + "." + side, link.line);
            const auto node = nodeIndex.find(linkEnd.node);
            checkPort(reader, node == nodeIndex.end() ? nullptr : &spec.nodes[node->second], linkEnd,
                      field + "." + side, link.line, catalog);
            if (!usedPorts.insert({linkEnd.node, linkEnd.port}).second)
                reader.fail(link.line, field + "." + side, linkEnd.node + " " + linkEnd.port + " is already linked");
        }
        spec.links.push_back(std::move(link));
    }
    return spec;
}

void saveLabFile(const LabSpec &spec, const std::string &filePath)
{
    QJsonArray nodes;
    for (const LabNodeSpec &node : spec.nodes) {
        QJsonObject object;
        object["name"] = QString::fromStdString(node.name);
        object["type"] = node.kind == LabNodeSpec::Kind::Router ? "router" : "switch";
        if (node.kind == LabNodeSpec::Kind::Router) {
            object["model"] = QString::fromStdString(node.model);
            if (!node.npe.empty())
                object["npe"] = QString::fromStdString(node.npe);
            object["image"] = QString::fromStdString(node.image);
            QJsonObject slotObject;
            for (const auto &[slot, adapter] : node.slotAdapters)
                slotObject[QString::number(slot)] = QString::fromStdString(adapter);
            object["slots"] = slotObject;
            if (!node.config.empty())
                object["config"] = QString::fromStdString(node.config);
        } else {
            object["ports"] = node.ports;
            if (node.spanningTree)
                object["spanningTree"] = true;
            if (node.portSpeed != 0)
                object["speed"] = node.portSpeed;
            if (node.portDuplex != "auto")
                object["duplex"] = QString::fromStdString(node.portDuplex);
        }
        object["x"] = node.x;
        object["y"] = node.y;
        nodes.append(object);
    }
    QJsonArray links;
    for (const LabLinkSpec &link : spec.links) {
        QJsonObject object;
        object["a"] = QJsonObject{{"node", QString::fromStdString(link.a.node)}, {"port", QString::fromStdString(link.a.port)}};
        object["b"] = QJsonObject{{"node", QString::fromStdString(link.b.node)}, {"port", QString::fromStdString(link.b.port)}};
        links.append(object);
    }
    QJsonObject root;
    root["name"] = QString::fromStdString(spec.name);
    root["nodes"] = nodes;
    root["links"] = links;
    QSaveFile file(QString::fromStdString(filePath));
    if (!file.open(QIODevice::WriteOnly))
        throw LabFileError(filePath, 0, "", "cannot write: " + file.errorString().toStdString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        throw LabFileError(filePath, 0, "", "cannot save: " + file.errorString().toStdString());
}

} // namespace routerlab
