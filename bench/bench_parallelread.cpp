// Speed-up of reading a GeoPackage in feature-id ranges on several threads
// (common/rangereader.h) against one thread, for a plain read of the
// households: every attribute and the geometry (as a full read), and only the
// scoring attributes without geometry (as the fused scoring pass would with a
// prepared area index... minus the point-in-polygon work).
//
// Usage: QT_QPA_PLATFORM=offscreen bench_parallelread [gpkg|layername=...] [threads] [repeats]
//   default: data/demo/foodvalley.gpkg|layername=households, 2 threads, 3 repeats (best time kept)

#include "common/rangereader.h"

#include <qgsapplication.h>
#include <qgsfeature.h>
#include <qgsvectorlayer.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace targetgroup;

namespace
{

struct Timing
{
  double seconds = 1e300;
  long long features = 0;
};

Timing timeRead( const RangeReader &reader, int threads, const QgsFeatureRequest &request, int repeats )
{
  Timing best;
  for ( int repeat = 0; repeat < repeats; ++repeat )
  {
    const QVector<RangeReader::Range> ranges = reader.split( threads );
    std::vector<long long> counts( static_cast<std::size_t>( ranges.size() ), 0 );
    std::vector<double> sums( static_cast<std::size_t>( ranges.size() ), 0 );
    const auto start = std::chrono::steady_clock::now();
    reader.read( ranges, request, [&]( int range, QgsFeatureIterator &features )
                 {
                   QgsFeature feature;
                   while ( features.nextFeature( feature ) )
                   {
                     ++counts[static_cast<std::size_t>( range )];
                     sums[static_cast<std::size_t>( range )] += feature.attributes().size() + ( feature.hasGeometry() ? 1 : 0 );
                   } } );
    const double seconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
    long long total = 0;
    for ( const long long count : counts )
      total += count;
    if ( seconds < best.seconds )
      best = { seconds, total };
  }
  return best;
}

} // namespace

int main( int argc, char **argv )
{
  QgsApplication application( argc, argv, false );
  QgsApplication::initQgis();
  const QString source = argc > 1 ? QString::fromLocal8Bit( argv[1] ) : QStringLiteral( TARGETGROUP_SOURCE_DIR "/data/demo/foodvalley.gpkg|layername=households" );
  const int threads = argc > 2 ? std::atoi( argv[2] ) : 2;
  const int repeats = argc > 3 ? std::atoi( argv[3] ) : 3;
  int status = 0;
  {
    QgsVectorLayer layer( source, QStringLiteral( "households" ), QStringLiteral( "ogr" ) );
    if ( !layer.isValid() )
    {
      std::fprintf( stderr, "cannot open %s\n", qPrintable( source ) );
      return 1;
    }
    RangeReader reader( layer );
    std::printf( "%s: %lld features, split on %s: %s\n", qPrintable( source ), static_cast<long long>( layer.featureCount() ), qPrintable( reader.keyField() ), reader.splittable() ? "yes" : qPrintable( reader.whyNotSplittable() ) );
    QgsFeatureRequest scoringRequest;
    scoringRequest.setFlags( QgsFeatureRequest::NoGeometry );
    QStringList scoring = { QStringLiteral( "age_class" ), QStringLiteral( "hh_type" ), QStringLiteral( "education" ), QStringLiteral( "income" ), QStringLiteral( "tenure" ), QStringLiteral( "dwelling" ), QStringLiteral( "segment" ) };
    scoringRequest.setSubsetOfAttributes( scoring, layer.fields() );
    for ( const auto &[name, request] : std::vector<std::pair<const char *, QgsFeatureRequest>>{ { "every attribute + geometry", QgsFeatureRequest() }, { "7 attributes, no geometry", scoringRequest } } )
    {
      const Timing one = timeRead( reader, 1, request, repeats );
      const Timing many = timeRead( reader, threads, request, repeats );
      if ( one.features != many.features )
        status = 1;
      std::printf( "%-28s 1 thread %.3f s, %d threads %.3f s: speed-up %.2f x (%lld features each)\n", name, one.seconds, threads, many.seconds, one.seconds / many.seconds, one.features );
    }
  }
  QgsApplication::exitQgis();
  return status;
}
