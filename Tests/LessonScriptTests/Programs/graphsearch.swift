// Graph search on a dictionary of adjacency sets: breadth-first shortest paths, depth-first reachability with
// recursion and inout state, topological order, and cycle detection, all with deterministic output.
let edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
var graph: [String: Set<String>] = [:]
for (from, to) in edges {
    graph[from, default: []].insert(to)
    if graph[to] == nil { graph[to] = [] }
}
print(graph.keys.sorted(), graph["a"]!.sorted(), graph["e"]!.isEmpty)

func shortestPath(from start: String, to goal: String) -> [String]? {
    var previous: [String: String] = [:]
    var queue = [start]
    var seen: Set = [start]
    while !queue.isEmpty {
        let node = queue.removeFirst()
        if node == goal {
            var path = [goal]
            while let before = previous[path[0]] { path.insert(before, at: 0) }
            return path
        }
        for next in graph[node, default: []].sorted() where !seen.contains(next) {
            seen.insert(next)
            previous[next] = node
            queue.append(next)
        }
    }
    return nil
}
print(shortestPath(from: "a", to: "e") ?? [], shortestPath(from: "a", to: "g") ?? ["none"])

func reachable(from node: String, visited: inout Set<String>) {
    guard visited.insert(node).inserted else { return }
    for next in graph[node, default: []] { reachable(from: next, visited: &visited) }
}
var visited = Set<String>()
reachable(from: "b", visited: &visited)
print(visited.sorted())

func topologicalOrder() -> [String]? {
    var incoming = graph.mapValues { _ in 0 }
    for targets in graph.values { for target in targets { incoming[target, default: 0] += 1 } }
    var ready = incoming.filter { $0.value == 0 }.map { $0.key }.sorted()
    var order: [String] = []
    while !ready.isEmpty {
        let node = ready.removeFirst()
        order.append(node)
        for next in graph[node, default: []].sorted() {
            incoming[next]! -= 1
            if incoming[next] == 0 { ready.append(next) }
        }
        ready.sort()
    }
    return order.count == graph.count ? order : nil
}
print(topologicalOrder() ?? [])
graph["e", default: []].insert("a")
print(topologicalOrder() == nil)
let degrees = graph.map { ($0.key, $0.value.count) }.sorted { $0.0 < $1.0 }
print(degrees.map { "\($0.0)\($0.1)" }.joined(separator: " "))
