import Learning
import LessonScript
import Tensors

/// The name `URLs` in cells, for its static properties; it has no instances.
final class URLsType {}

/// `URLs.mnistSample`, `URLs.mnist`, `untarData(url)` (which may extract an archive once, reporting to
/// `progress`) and `loadMNIST(path)` / `loadMNIST(images:labels:)`, which gives the
/// labelled tuple `(images: uint8 [n, 28, 28], labels: int64 [n])`; `untarData` looks in `locations` (each
/// lesson's own), `loadMNIST` reads only where `access` allows and reports the images read to `progress`.
func registerDataSets(
    in table: BindingTable, locations: DataLocations, access: ReadAccess, progress: (any ProgressReporter)?
) {
    let urls = table.type(URLsType.self, name: "URLs")
    urls.staticProperty("mnistSample") { .string(URLs.mnistSample) }
    urls.staticProperty("mnist") { .string(URLs.mnist) }
    table.function("untarData(_:)") { call in
        let url = try call.value(0).asString()
        return try access.reportingDataErrors {
            .native(try untarData(url, locations: locations, progress: progress))
        }
    }
    table.function("loadMNIST(_:)") { call in
        let images = try call.value(0).asPath()
        return try access.reportingDataErrors {
            try access.checkFile(images)
            try access.check(images.parent)
            return mnistValue(try loadMNIST(images, progress: progress))
        }
    }
    table.function("loadMNIST(images:labels:)") { call in
        let (images, labels) = (try call.value(0).asPath(), try call.value(1).asPath())
        return try access.reportingDataErrors {
            try access.checkFile(images)
            try access.checkFile(labels)
            return mnistValue(try loadMNIST(images: images, labels: labels, progress: progress))
        }
    }
}

private func mnistValue(_ data: (images: Tensor, labels: Tensor)) -> Value {
    .tuple(TupleValue([.native(data.images), .native(data.labels)], labels: ["images", "labels"]))
}
