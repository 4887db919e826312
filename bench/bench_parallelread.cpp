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

#include <sys/resource.h>

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
  double cpuSeconds = 0; //!< process CPU time of the best repeat: about threads x seconds when the threads really run at once
};

double cpuSecondsNow()
{
  rusage usage{};
  getrusage( RUSAGE_SELF, &usage );
  return static_cast<double>( usage.ru_utime.tv_sec + usage.ru_stime.tv_sec ) + 1e-6 * static_cast<double>( usage.ru_utime.tv_usec + usage.ru_stime.tv_usec );
}

Timing timeRead( const RangeReader &reader, int threads, const QgsFeatureRequest &request, int repeats )
{
  Timing best;
  for ( int repeat = 0; repeat < repeats; ++repeat )
  {
    const QVector<RangeReader::Range> ranges = reader.split( threads );
    std::vector<long long> counts( static_cast<std::size_t>( ranges.size() ), 0 );
    std::vector<double> sums( static_cast<std::size_t>( ranges.size() ), 0 );
    const double cpuStart = cpuSecondsNow();
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
      best = { seconds, total, cpuSecondsNow() - cpuStart };
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
      // A tenth of the key range alone: about a tenth of the time when the key filter runs in the database.
      const QVector<RangeReader::Range> tenths = reader.split( 10 );
      const auto tenthStart = std::chrono::steady_clock::now();
      long long tenthFeatures = 0;
      reader.read( { tenths.front() }, request, [&]( int, QgsFeatureIterator &features )
                   {
                     QgsFeature feature;
                     while ( features.nextFeature( feature ) )
                       ++tenthFeatures; } );
      const double tenthSeconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - tenthStart ).count();
      std::printf( "%-28s first tenth of the keys alone: %lld features in %.3f s\n", name, tenthFeatures, tenthSeconds );
      std::printf( "%-28s 1 thread %.3f s (CPU %.3f s), %d threads %.3f s (CPU %.3f s): speed-up %.2f x (%lld features each)\n", name, one.seconds, one.cpuSeconds, threads, many.seconds, many.cpuSeconds, one.seconds / many.seconds, one.features );
    }
  }
  QgsApplication::exitQgis();
  return status;
}
