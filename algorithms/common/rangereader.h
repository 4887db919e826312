#pragma once
// Reads a vector source in parallel: its features are split into ranges of
// the integer primary key (GeoPackage fid, PostGIS integer key), and each
// range is read on its own thread through its own data provider opened from
// the same URI, so that each thread can feed its own engine accumulator
// (engine::FusedAreaScoring, engine::AreaAggregationSession,
// engine::StreamingQuantiles), merged afterwards in range order. Ranges are
// consecutive in key order, and each range is read in key order, so range
// order is reading order: ties that the engine resolves "first read first"
// resolve as in a single-threaded read in key order.
//
// Only sources that can filter on an indexed integer key in the database are
// split (GeoPackage and other OGR SQLite-based files, PostGIS); for any other
// source, or a layer with a subset string whose key range cannot be known
// cheaply, splittable() says why and a caller reads with one thread.
//
// Measured (bench/bench_parallelread.cpp, QGIS 3.22, 8.27 M households): two
// threads read no faster than one, and use no more CPU in total: within one
// process QGIS's OGR provider serialises the reads. The results are identical,
// so the API (ranges, a callback per range, a merge in range order) is the one
// to keep; the reading behind read() should become a GDAL dataset per thread
// (OGR C API; SQLite allows concurrent readers) or a child process per range.

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QgsVectorLayer;

namespace targetgroup
{

class RangeReader
{
public:
  //! An inclusive range of key values.
  struct Range
  {
    qint64 first = 0;
    qint64 last = -1;
  };

  //! What a thread reads: the range's index and an iterator over its features in key order.
  using RangeCallback = std::function<void( int range, QgsFeatureIterator &features )>;

  /**
   * A reader of the layer's source. The layer is only read here (its source,
   * provider key, key field and subset string); the threads open their own
   * providers, so the layer may live in the main thread.
   */
  explicit RangeReader( const QgsVectorLayer &layer );

  //! True when the source can be split; otherwise why not (untranslated: for logs and tests).
  bool splittable() const { return mWhyNot.isEmpty(); }
  QString whyNotSplittable() const { return mWhyNot; }
  //! The integer key field the ranges filter on (e.g. "fid").
  QString keyField() const { return mKeyField; }

  /**
   * Up to `parts` ranges of about equal key spans from the key's minimum to
   * maximum (a GeoPackage's fids are dense unless many features were
   * deleted). One range covering everything when the source is not
   * splittable or parts < 2; none for an empty source.
   */
  QVector<Range> split( int parts ) const;

  /**
   * Reads every range on a thread of its own (range i on thread i), each
   * through a provider of its own with `request` plus the key filter, and
   * calls `callback` on that thread. Returns when all threads are done. The
   * callback must only touch state of its own range (e.g. its own engine
   * accumulator). An exception in a callback is rethrown here (the first, by
   * range order) after every thread ended. Unsplittable sources: one range, read
   * through the same path.
   */
  void read( const QVector<Range> &ranges, const QgsFeatureRequest &request, const RangeCallback &callback ) const;

  //! The request of one range: `request` with the key filter added.
  QgsFeatureRequest requestFor( const Range &range, const QgsFeatureRequest &request ) const;

private:
  const QgsVectorLayer *mLayer = nullptr; //!< for the key's range and the single-thread fallback; must outlive the reader
  QString mSource;
  QString mProviderKey;
  QString mKeyField;
  int mKeyIndex = -1;
  QString mWhyNot;
};

} // namespace targetgroup
