// Benchmark: targetgroup:aggregateareas against QGIS's own point-in-polygon
// counting, on the same synthetic households in the same run.
//
// 1. Generates N households (default 1,000,000; deterministic) uniformly in
//    randomly chosen CBS wijken of wijk_2023.gpkg, with random tg_prob, tg_ref
//    and is_member, into a temporary GeoPackage (with its spatial index).
// 2. Runs each contender in a child process of this program (so each reports
//    its own peak memory): aggregateareas (worker thread and single thread),
//    native:countpointsinpolygon, and join-by-location summary (sum of
//    tg_prob): native:joinbylocationsummary in process where QGIS has it
//    (3.36+), otherwise qgis:joinbylocationsummary through qgis_process.bin
//    (the Python provider), whose time then includes the process start.
// 3. Prints seconds, ratio to aggregateareas and peak RSS.
//
// Usage: bench_aggregateareas [--households N] [--wijken PATH] [--skip-summary]
// Not a test: it never fails on speed, it reports.

#include "aggregateareasalgorithm.h"
#include "common/qgiscompat.h"

#include <qgsapplication.h>
#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>

namespace
{

long peakRssKilobytes()
{
  rusage usage{};
  getrusage( RUSAGE_SELF, &usage );
  return usage.ru_maxrss; // kilobytes on Linux
}

struct Sequence
{
  std::uint64_t state = 20230101;
  double next()
  {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>( state >> 11 ) / 9007199254740992.0;
  }
};

QString wijkenUri( const QString &path )
{
  return path + QStringLiteral( "|layername=wijk" );
}
QString householdsUri( const QString &path )
{
  return path + QStringLiteral( "|layername=households" );
}

bool generateHouseholds( const QString &wijkenPath, const QString &outputPath, long long count )
{
  QgsVectorLayer wijken( wijkenUri( wijkenPath ), QStringLiteral( "wijk" ), QStringLiteral( "ogr" ) );
  if ( !wijken.isValid() )
  {
    std::fprintf( stderr, "cannot open %s\n", wijkenPath.toUtf8().constData() );
    return false;
  }
  std::vector<QgsGeometry> shapes;
  std::vector<std::unique_ptr<QgsGeometryEngine>> engines;
  QgsFeature wijk;
  QgsFeatureIterator it = wijken.getFeatures();
  while ( it.nextFeature( wijk ) )
  {
    shapes.push_back( wijk.geometry() );
    engines.emplace_back( QgsGeometry::createGeometryEngine( shapes.back().constGet() ) );
    engines.back()->prepareGeometry();
  }

  QgsFields fields;
  fields.append( targetgroup::compat::makeField( QStringLiteral( "tg_prob" ), targetgroup::compat::FieldKind::Double ) );
  fields.append( targetgroup::compat::makeField( QStringLiteral( "tg_ref" ), targetgroup::compat::FieldKind::Integer ) );
  fields.append( targetgroup::compat::makeField( QStringLiteral( "is_member" ), targetgroup::compat::FieldKind::Integer ) );
  QgsProcessingContext context;
  QString destination = outputPath;
  std::unique_ptr<QgsFeatureSink> writer( QgsProcessingUtils::createFeatureSink( destination, context, fields, targetgroup::compat::WkbPoint, wijken.crs(), { { QStringLiteral( "layerName" ), QStringLiteral( "households" ) } } ) );
  if ( !writer )
  {
    std::fprintf( stderr, "cannot write %s\n", outputPath.toUtf8().constData() );
    return false;
  }
  Sequence sequence;
  QgsFeatureList batch;
  for ( long long i = 0; i < count; ++i )
  {
    const std::size_t index = static_cast<std::size_t>( sequence.next() * static_cast<double>( shapes.size() ) ) % shapes.size();
    const QgsRectangle box = shapes[index].boundingBox();
    QgsPoint point;
    bool found = false;
    for ( int attempt = 0; attempt < 1000 && !found; ++attempt )
    {
      point = QgsPoint( box.xMinimum() + box.width() * sequence.next(), box.yMinimum() + box.height() * sequence.next() );
      found = engines[index]->contains( &point );
    }
    if ( !found )
      point = QgsPoint( shapes[index].pointOnSurface().asPoint() );
    QgsFeature household( fields );
    const double probability = sequence.next() * sequence.next(); // skewed towards 0, mean 0.25
    const int reference = sequence.next() < 0.02 ? 1 : 0;
    const int member = sequence.next() < probability ? 1 : 0;
    household.setAttributes( QgsAttributes() << probability << reference << member );
    household.setGeometry( QgsGeometry( point.clone() ) );
    batch << household;
    if ( batch.size() >= 10000 )
    {
      if ( !writer->addFeatures( batch, QgsFeatureSink::FastInsert ) )
        return false;
      batch.clear();
    }
  }
  const bool written = writer->addFeatures( batch, QgsFeatureSink::FastInsert );
  writer.reset(); // closes the GeoPackage
  return written;
}

//! Runs one contender in this process and prints "RESULT seconds peak_kb".
int runChild( const QString &mode, const QString &wijkenPath, const QString &dataPath )
{
  QgsProcessingContext context;
  QgsProcessingFeedback feedback;
  QVariantMap parameters;
  std::unique_ptr<QgsProcessingAlgorithm> algorithm;
  if ( mode.startsWith( QStringLiteral( "aggregateareas" ) ) )
  {
    targetgroup::AggregateAreasAlgorithm::setUseWorkerThread( mode != QLatin1String( "aggregateareas-single" ) );
    algorithm.reset( targetgroup::AggregateAreasAlgorithm().create() );
    parameters = { { targetgroup::AggregateAreasAlgorithm::INPUT, householdsUri( dataPath ) },
                   { targetgroup::AggregateAreasAlgorithm::AREAS, wijkenUri( wijkenPath ) },
                   { targetgroup::AggregateAreasAlgorithm::MEMBER, QStringLiteral( "\"is_member\" = 1" ) },
                   { targetgroup::AggregateAreasAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT } };
  }
  else if ( mode == QLatin1String( "countpointsinpolygon" ) )
  {
    algorithm.reset( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "native:countpointsinpolygon" ) ) );
    parameters = { { QStringLiteral( "POLYGONS" ), wijkenUri( wijkenPath ) },
                   { QStringLiteral( "POINTS" ), householdsUri( dataPath ) },
                   { QStringLiteral( "FIELD" ), QStringLiteral( "NUMPOINTS" ) },
                   { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } };
  }
  else if ( mode == QLatin1String( "joinbylocationsummary" ) )
  {
    algorithm.reset( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "native:joinbylocationsummary" ) ) );
    if ( !algorithm )
    {
      std::printf( "UNAVAILABLE\n" );
      return 0;
    }
    parameters = { { QStringLiteral( "INPUT" ), wijkenUri( wijkenPath ) },
                   { QStringLiteral( "JOIN" ), householdsUri( dataPath ) },
                   { QStringLiteral( "PREDICATE" ), QVariantList{ 0 } },
                   { QStringLiteral( "JOIN_FIELDS" ), QStringList{ QStringLiteral( "tg_prob" ) } },
                   { QStringLiteral( "SUMMARIES" ), QVariantList{ 5 } },
                   { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } };
  }
  if ( !algorithm )
  {
    std::fprintf( stderr, "unknown mode %s\n", mode.toUtf8().constData() );
    return 2;
  }
  const long baseline = peakRssKilobytes();
  QElapsedTimer timer;
  timer.start();
  bool ok = false;
  QVariantMap results;
  try
  {
    results = algorithm->run( parameters, context, &feedback, &ok );
  }
  catch ( QgsProcessingException &e )
  {
    std::fprintf( stderr, "%s\n", e.what().toUtf8().constData() );
  }
  const double seconds = static_cast<double>( timer.nsecsElapsed() ) / 1e9;
  if ( !ok )
    return 1;
  QByteArray counts;
  if ( mode.startsWith( QStringLiteral( "aggregateareas" ) ) )
    counts = QStringLiteral( "matched=%1 unmatched=%2 multiple=%3" )
                 .arg( results.value( QStringLiteral( "MATCHED" ) ).toLongLong() )
                 .arg( results.value( QStringLiteral( "UNMATCHED" ) ).toLongLong() )
                 .arg( results.value( QStringLiteral( "MULTIPLE" ) ).toLongLong() )
                 .toUtf8();
  std::printf( "RESULT %.3f %ld %ld %s\n", seconds, peakRssKilobytes(), baseline, counts.constData() );
  return 0;
}

struct Measurement
{
  QString name;
  bool ok = false;
  double seconds = 0;
  long peakKilobytes = 0;
  long baselineKilobytes = 0;
  QString note;
};

Measurement parseChild( const QString &name, QProcess &process, const QString &note = QString() )
{
  Measurement measurement;
  measurement.name = name;
  measurement.note = note;
  const QString output = QString::fromUtf8( process.readAllStandardOutput() );
  for ( const QString &line : output.split( QLatin1Char( '\n' ) ) )
  {
    if ( line.startsWith( QLatin1String( "UNAVAILABLE" ) ) )
      measurement.note = QStringLiteral( "unavailable in process" );
    if ( !line.startsWith( QLatin1String( "RESULT " ) ) )
      continue;
    const QStringList parts = line.split( QLatin1Char( ' ' ) );
    measurement.seconds = parts.value( 1 ).toDouble();
    measurement.peakKilobytes = parts.value( 2 ).toLong();
    measurement.baselineKilobytes = parts.value( 3 ).toLong();
    if ( parts.size() > 4 )
      measurement.note = parts.mid( 4 ).join( QLatin1Char( ' ' ) );
    measurement.ok = true;
  }
  if ( !measurement.ok && measurement.note.isEmpty() )
    measurement.note = QString::fromUtf8( process.readAllStandardError() ).right( 300 );
  return measurement;
}

Measurement runInChild( const QString &mode, const QString &wijkenPath, const QString &dataPath )
{
  QProcess process;
  process.start( QCoreApplication::applicationFilePath(), { QStringLiteral( "--child" ), mode, wijkenPath, dataPath } );
  process.waitForFinished( -1 );
  return parseChild( mode, process );
}

//! qgis:joinbylocationsummary is Python in QGIS < 3.36: time it through qgis_process.bin.
Measurement runSummaryThroughQgisProcess( const QString &wijkenPath, const QString &dataPath, const QString &scratch )
{
  Measurement measurement;
  measurement.name = QStringLiteral( "qgis:joinbylocationsummary (qgis_process)" );
  const QString program = QStandardPaths::findExecutable( QStringLiteral( "qgis_process.bin" ) );
  if ( program.isEmpty() )
  {
    measurement.note = QStringLiteral( "qgis_process.bin not found" );
    return measurement;
  }
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert( QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "offscreen" ) );
  environment.insert( QStringLiteral( "QGIS_CUSTOM_CONFIG_PATH" ), scratch );
  auto timed = [&]( const QStringList &arguments, double &seconds, long &peak )
  {
    QProcess process;
    process.setProcessEnvironment( environment );
    QElapsedTimer timer;
    timer.start();
    // /usr/bin/time is not always installed: measure the child's peak with getrusage(RUSAGE_CHILDREN).
    process.start( program, arguments );
    process.waitForFinished( -1 );
    seconds = static_cast<double>( timer.nsecsElapsed() ) / 1e9;
    rusage usage{};
    getrusage( RUSAGE_CHILDREN, &usage );
    peak = usage.ru_maxrss;
    return process.exitCode() == 0;
  };
  double startupSeconds = 0;
  long startupPeak = 0;
  timed( { QStringLiteral( "run" ), QStringLiteral( "native:countpointsinpolygon" ), QStringLiteral( "--" ),
           QStringLiteral( "POLYGONS=%1" ).arg( wijkenUri( wijkenPath ) ), QStringLiteral( "POINTS=%1" ).arg( householdsUri( dataPath ) ),
           QStringLiteral( "OUTPUT=%1/count.gpkg" ).arg( scratch ) },
         startupSeconds, startupPeak );
  double seconds = 0;
  long peak = 0;
  measurement.ok = timed( { QStringLiteral( "run" ), QStringLiteral( "qgis:joinbylocationsummary" ), QStringLiteral( "--" ),
                            QStringLiteral( "INPUT=%1" ).arg( wijkenUri( wijkenPath ) ), QStringLiteral( "JOIN=%1" ).arg( householdsUri( dataPath ) ),
                            QStringLiteral( "PREDICATE=0" ), QStringLiteral( "JOIN_FIELDS=tg_prob" ), QStringLiteral( "SUMMARIES=5" ),
                            QStringLiteral( "OUTPUT=%1/summary.gpkg" ).arg( scratch ) },
                          seconds, peak );
  measurement.seconds = seconds;
  measurement.peakKilobytes = peak;
  measurement.note = QStringLiteral( "Python provider, wall time incl. qgis_process start; native:countpointsinpolygon the same way took %1 s; peak RSS is the largest of all child processes" ).arg( startupSeconds, 0, 'f', 2 );
  return measurement;
}

} // namespace

int main( int argc, char **argv )
{
  setenv( "QT_QPA_PLATFORM", "offscreen", 0 );
  QTemporaryDir profileDir;
  QgsApplication app( argc, argv, false, profileDir.path() );
  QgsApplication::init( profileDir.path() );
  QgsApplication::initQgis();
  QgsApplication::processingRegistry()->addProvider( new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );

  const QStringList arguments = QCoreApplication::arguments();
  if ( arguments.value( 1 ) == QLatin1String( "--child" ) )
  {
    const int code = runChild( arguments.value( 2 ), arguments.value( 3 ), arguments.value( 4 ) );
    QgsApplication::exitQgis();
    return code;
  }

  long long households = 1000000;
  QString wijkenPath = QStringLiteral( TARGETGROUP_SOURCE_DIR "/../shared/data/cbs/wijk_2023.gpkg" );
  bool skipSummary = false;
  for ( int i = 1; i < arguments.size(); ++i )
  {
    if ( arguments.at( i ) == QLatin1String( "--households" ) )
      households = arguments.value( ++i ).toLongLong();
    else if ( arguments.at( i ) == QLatin1String( "--wijken" ) )
      wijkenPath = arguments.value( ++i );
    else if ( arguments.at( i ) == QLatin1String( "--skip-summary" ) )
      skipSummary = true;
  }
  if ( !QFile::exists( wijkenPath ) )
    wijkenPath = QStringLiteral( "/work/shared/data/cbs/wijk_2023.gpkg" );

  QTemporaryDir scratch;
  const QString dataPath = scratch.path() + QStringLiteral( "/households.gpkg" );
  QElapsedTimer timer;
  timer.start();
  if ( !generateHouseholds( wijkenPath, dataPath, households ) )
    return 1;
  std::printf( "Generated %lld households in %s in %.1f s (%s)\n", households, QDir::toNativeSeparators( wijkenPath ).toUtf8().constData(),
               static_cast<double>( timer.elapsed() ) / 1000.0, dataPath.toUtf8().constData() );
  std::printf( "CPU cores: %d, QGIS %s\n\n", QThread::idealThreadCount(), Qgis::version().toUtf8().constData() );

  std::vector<Measurement> measurements;
  for ( const QString &mode : { QStringLiteral( "aggregateareas" ), QStringLiteral( "aggregateareas-single" ), QStringLiteral( "countpointsinpolygon" ), QStringLiteral( "joinbylocationsummary" ) } )
  {
    if ( mode == QLatin1String( "joinbylocationsummary" ) && skipSummary )
      continue;
    Measurement measurement = runInChild( mode, wijkenPath, dataPath );
    if ( mode == QLatin1String( "joinbylocationsummary" ) && !measurement.ok )
      measurement = runSummaryThroughQgisProcess( wijkenPath, dataPath, scratch.path() );
    std::fprintf( stderr, "%s: %.2f s\n", measurement.name.toUtf8().constData(), measurement.seconds );
    measurements.push_back( measurement );
  }

  const double reference = measurements.front().seconds;
  std::printf( "| Algorithm | Seconds | Ratio to aggregateareas | Peak RSS (MB) | RSS before the run (MB) | Note |\n|---|---:|---:|---:|---:|---|\n" );
  for ( const Measurement &measurement : measurements )
  {
    if ( !measurement.ok )
    {
      std::printf( "| %s | failed | | | | %s |\n", measurement.name.toUtf8().constData(), measurement.note.toUtf8().constData() );
      continue;
    }
    std::printf( "| %s | %.2f | %.2f | %.0f | %s | %s |\n", measurement.name.toUtf8().constData(), measurement.seconds, measurement.seconds / reference,
                 static_cast<double>( measurement.peakKilobytes ) / 1024.0,
                 measurement.baselineKilobytes > 0 ? QString::number( static_cast<double>( measurement.baselineKilobytes ) / 1024.0, 'f', 0 ).toUtf8().constData() : "",
                 measurement.note.toUtf8().constData() );
  }
  QgsApplication::exitQgis();
  return 0;
}
