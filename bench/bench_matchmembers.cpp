// Benchmark: targetgroup:matchmembers at scale, and its engine alone.
//
// 1. Generates N households (default 1,000,000) with unique synthetic Dutch
//    addresses (engine::AddressSequence, 1,000 areas) as points in a temporary
//    GeoPackage, and M members (default 1,000,000) as a semicolon CSV of the
//    kind a library system exports: members drawn from the households with
//    replacement (so some addresses have several members), spelt in varied
//    ways (1234 AB / 1234ab, 12a / 12-A / 12 A), and 1% with an address no
//    household has.
// 2. Runs, each in a child process of this program (so each reports its own
//    peak memory): the engine alone (engine::MemberMatcher on the keys, no
//    QGIS reading), and the whole algorithm (CSV and GeoPackage in, GeoPackage
//    and CSV out).
// 3. Prints seconds, peak RSS and the counts (read = matched + unmatched).
//
// Usage: bench_matchmembers [--households N] [--members M]
// Not a test: it never fails on speed, it reports.

#include "common/qgiscompat.h"
#include "engine/membermatcher.h"
#include "engine/synthetichouseholds.h"
#include "matchmembersalgorithm.h"

#include <qgsapplication.h>
#include <qgsgeometry.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingutils.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
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

constexpr std::size_t kAreas = 1000;

struct Address
{
  std::string postcode;
  int number = 0;
  std::string addition;
};

//! The households' addresses, the same in parent and child (deterministic).
std::vector<Address> householdAddresses( long long count )
{
  std::vector<Address> addresses;
  addresses.reserve( static_cast<std::size_t>( count ) );
  targetgroup::engine::AddressSequence sequence( kAreas );
  const long long perArea = ( count + static_cast<long long>( kAreas ) - 1 ) / static_cast<long long>( kAreas );
  for ( std::size_t area = 0; area < kAreas && static_cast<long long>( addresses.size() ) < count; ++area )
  {
    sequence.startArea();
    targetgroup::engine::PortableRandom random( targetgroup::engine::areaStreamSeed( 2024, area, targetgroup::engine::RandomStream::Addresses ) );
    for ( long long i = 0; i < perArea && static_cast<long long>( addresses.size() ) < count; ++i )
    {
      const targetgroup::engine::SyntheticAddress address = sequence.next( random );
      addresses.push_back( { address.postcode(), address.houseNumber, address.addition } );
    }
  }
  return addresses;
}

bool generate( const QString &householdsPath, const QString &membersPath, long long households, long long members )
{
  const std::vector<Address> addresses = householdAddresses( households );
  QgsFields fields;
  using targetgroup::compat::FieldKind;
  fields.append( targetgroup::compat::makeField( QStringLiteral( "hh_id" ), FieldKind::Integer64 ) );
  fields.append( targetgroup::compat::makeField( QStringLiteral( "postcode" ), FieldKind::String, 7 ) );
  fields.append( targetgroup::compat::makeField( QStringLiteral( "huisnummer" ), FieldKind::Integer ) );
  fields.append( targetgroup::compat::makeField( QStringLiteral( "toevoeging" ), FieldKind::String, 4 ) );
  QgsProcessingContext context;
  QString destination = householdsPath;
  std::unique_ptr<QgsFeatureSink> writer( QgsProcessingUtils::createFeatureSink( destination, context, fields, targetgroup::compat::WkbPoint, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:28992" ) ),
                                                                                 { { QStringLiteral( "layerName" ), QStringLiteral( "households" ) } } ) );
  if ( !writer )
    return false;
  targetgroup::engine::PortableRandom random( 99 );
  QgsFeatureList batch;
  for ( std::size_t i = 0; i < addresses.size(); ++i )
  {
    QgsFeature household( fields );
    const Address &address = addresses[i];
    household.setAttributes( QgsAttributes() << static_cast<qlonglong>( i + 1 ) << QString::fromStdString( address.postcode ) << address.number
                                             << ( address.addition.empty() ? QVariant() : QVariant( QString::fromStdString( address.addition ) ) ) );
    household.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( 150000 + random.uniform() * 50000, 440000 + random.uniform() * 50000 ) ) );
    batch << household;
    if ( batch.size() >= 10000 )
    {
      if ( !writer->addFeatures( batch, QgsFeatureSink::FastInsert ) )
        return false;
      batch.clear();
    }
  }
  if ( !writer->addFeatures( batch, QgsFeatureSink::FastInsert ) )
    return false;
  writer.reset();

  QFile csv( membersPath );
  if ( !csv.open( QIODevice::WriteOnly ) )
    return false;
  QByteArray text = "lidnummer;postcode;huisnummer;toevoeging\n";
  for ( long long i = 0; i < members; ++i )
  {
    const Address &address = addresses[static_cast<std::size_t>( random.nextRaw() % addresses.size() )];
    std::string postcode = address.postcode;
    if ( random.chance( 0.3 ) )
      postcode.erase( 4, 1 ); // 1234AB
    std::string number = std::to_string( address.number );
    std::string addition = address.addition;
    if ( !addition.empty() && random.chance( 0.5 ) )
    {
      number += ( addition[0] >= '0' && addition[0] <= '9' ) ? "-" + addition : ( random.chance( 0.5 ) ? addition : " " + addition );
      addition.clear();
    }
    if ( random.chance( 0.01 ) )
      number = "9" + number + "9"; // no such number
    text += "L" + QByteArray::number( i + 1 ) + ';' + QByteArray::fromStdString( postcode ) + ';' + QByteArray::fromStdString( number ) + ';' + QByteArray::fromStdString( addition ) + '\n';
    if ( text.size() > ( 1 << 20 ) )
    {
      csv.write( text );
      text.clear();
    }
  }
  csv.write( text );
  return true;
}

//! The engine alone: keys made from the same addresses, no QGIS reading. Prints "RESULT seconds peak baseline counts".
int runEngine( long long households, long long members )
{
  const std::vector<Address> addresses = householdAddresses( households );
  targetgroup::engine::PortableRandom random( 99 );
  for ( std::size_t i = 0; i < addresses.size() * 2; ++i )
    random.nextRaw(); // the coordinates' draws, so the members are the ones of the CSV
  std::vector<targetgroup::engine::KeyResult> memberKeys;
  // Member keys are made inside the timing (as the algorithm does); their text is not.
  std::vector<std::array<std::string, 3>> memberText;
  memberText.reserve( static_cast<std::size_t>( members ) );
  for ( long long i = 0; i < members; ++i )
  {
    const Address &address = addresses[static_cast<std::size_t>( random.nextRaw() % addresses.size() )];
    std::string postcode = address.postcode;
    if ( random.chance( 0.3 ) )
      postcode.erase( 4, 1 );
    std::string number = std::to_string( address.number );
    std::string addition = address.addition;
    if ( !addition.empty() && random.chance( 0.5 ) )
    {
      number += ( addition[0] >= '0' && addition[0] <= '9' ) ? "-" + addition : ( random.chance( 0.5 ) ? addition : " " + addition );
      addition.clear();
    }
    if ( random.chance( 0.01 ) )
      number = "9" + number + "9";
    memberText.push_back( { postcode, number, addition } );
  }
  const long baseline = peakRssKilobytes();
  QElapsedTimer timer;
  timer.start();
  targetgroup::engine::MemberMatcher matcher;
  using targetgroup::engine::RawValue;
  for ( const auto &text : memberText )
  {
    const targetgroup::engine::KeyResult key = targetgroup::engine::makeAddressKey( RawValue::fromText( text[0] ), RawValue::fromText( text[1] ), RawValue::fromText( text[2] ) );
    if ( key.key )
      matcher.addMember( *key.key );
    else
      matcher.addUnusableMember( key.problem );
  }
  matcher.startHouseholds();
  for ( std::size_t i = 0; i < addresses.size(); ++i )
  {
    const Address &address = addresses[i];
    const targetgroup::engine::KeyResult key = targetgroup::engine::makeAddressKey( RawValue::fromText( address.postcode ), RawValue::fromNumber( address.number ),
                                                                                    address.addition.empty() ? RawValue::null() : RawValue::fromText( address.addition ) );
    matcher.addHousehold( *key.key, static_cast<std::int64_t>( i ) );
  }
  matcher.finish();
  const double seconds = static_cast<double>( timer.nsecsElapsed() ) / 1e9;
  std::printf( "RESULT %.3f %ld %ld read=%lld matched=%lld unmatched=%lld households_with_members=%lld\n", seconds, peakRssKilobytes(), baseline,
               static_cast<long long>( matcher.membersAdded() ), matcher.matched(), matcher.unmatched(), matcher.householdsWithMembers() );
  return 0;
}

int runAlgorithm( const QString &householdsPath, const QString &membersPath, const QString &scratch )
{
  QgsProcessingContext context;
  QgsProcessingFeedback feedback;
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( targetgroup::MatchMembersAlgorithm().create() );
  const QVariantMap parameters{ { targetgroup::MatchMembersAlgorithm::INPUT, householdsPath + QStringLiteral( "|layername=households" ) },
                                { targetgroup::MatchMembersAlgorithm::MEMBERS, membersPath },
                                { targetgroup::MatchMembersAlgorithm::OUTPUT, scratch + QStringLiteral( "/matched.gpkg" ) },
                                { targetgroup::MatchMembersAlgorithm::UNMATCHED_OUTPUT, scratch + QStringLiteral( "/unmatched.csv" ) } };
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
  std::printf( "RESULT %.3f %ld %ld read=%lld matched=%lld unmatched=%lld households_with_members=%lld\n", seconds, peakRssKilobytes(), baseline,
               results.value( QStringLiteral( "MEMBERS_READ" ) ).toLongLong(), results.value( QStringLiteral( "MEMBERS_MATCHED" ) ).toLongLong(),
               results.value( QStringLiteral( "MEMBERS_UNMATCHED" ) ).toLongLong(), results.value( QStringLiteral( "HOUSEHOLDS_WITH_MEMBERS" ) ).toLongLong() );
  return 0;
}

QString runChild( const QStringList &arguments )
{
  QProcess process;
  process.start( QCoreApplication::applicationFilePath(), QStringList{ QStringLiteral( "--child" ) } + arguments );
  process.waitForFinished( -1 );
  const QString output = QString::fromUtf8( process.readAllStandardOutput() );
  for ( const QString &line : output.split( QLatin1Char( '\n' ) ) )
  {
    if ( !line.startsWith( QLatin1String( "RESULT " ) ) )
      continue;
    const QStringList parts = line.split( QLatin1Char( ' ' ) );
    return QStringLiteral( "%1 | %2 | %3 | %4" )
        .arg( parts.value( 1 ).toDouble(), 0, 'f', 2 )
        .arg( parts.value( 2 ).toDouble() / 1024.0, 0, 'f', 0 )
        .arg( parts.value( 3 ).toDouble() / 1024.0, 0, 'f', 0 )
        .arg( parts.mid( 4 ).join( QLatin1Char( ' ' ) ) );
  }
  return QStringLiteral( "failed | | | %1" ).arg( QString::fromUtf8( process.readAllStandardError() ).right( 300 ) );
}

} // namespace

int main( int argc, char **argv )
{
  setenv( "QT_QPA_PLATFORM", "offscreen", 0 );
  QTemporaryDir profileDir;
  QgsApplication app( argc, argv, false, profileDir.path() );
  QgsApplication::init( profileDir.path() );
  QgsApplication::initQgis();

  const QStringList arguments = QCoreApplication::arguments();
  if ( arguments.value( 1 ) == QLatin1String( "--child" ) )
  {
    int code = 2;
    if ( arguments.value( 2 ) == QLatin1String( "engine" ) )
      code = runEngine( arguments.value( 3 ).toLongLong(), arguments.value( 4 ).toLongLong() );
    else if ( arguments.value( 2 ) == QLatin1String( "algorithm" ) )
      code = runAlgorithm( arguments.value( 3 ), arguments.value( 4 ), arguments.value( 5 ) );
    QgsApplication::exitQgis();
    return code;
  }

  long long households = 1000000;
  long long members = 1000000;
  for ( int i = 1; i < arguments.size(); ++i )
  {
    if ( arguments.at( i ) == QLatin1String( "--households" ) )
      households = arguments.value( ++i ).toLongLong();
    else if ( arguments.at( i ) == QLatin1String( "--members" ) )
      members = arguments.value( ++i ).toLongLong();
  }

  QTemporaryDir scratch;
  const QString householdsPath = scratch.path() + QStringLiteral( "/households.gpkg" );
  const QString membersPath = scratch.path() + QStringLiteral( "/members.csv" );
  QElapsedTimer timer;
  timer.start();
  if ( !generate( householdsPath, membersPath, households, members ) )
  {
    std::fprintf( stderr, "could not write the data into %s\n", scratch.path().toUtf8().constData() );
    return 1;
  }
  std::printf( "Generated %lld households and %lld members in %.1f s (%s)\n", households, members, static_cast<double>( timer.elapsed() ) / 1000.0, scratch.path().toUtf8().constData() );
  std::printf( "CPU cores: %d, QGIS %s\n\n", QThread::idealThreadCount(), Qgis::version().toUtf8().constData() );
  std::printf( "| Run | Seconds | Peak RSS (MB) | RSS before the run (MB) | Counts |\n|---|---|---|---|---|\n" );
  std::printf( "| engine::MemberMatcher (keys only) | %s |\n", runChild( { QStringLiteral( "engine" ), QString::number( households ), QString::number( members ) } ).toUtf8().constData() );
  std::printf( "| targetgroup:matchmembers (CSV + GeoPackage) | %s |\n", runChild( { QStringLiteral( "algorithm" ), householdsPath, membersPath, scratch.path() } ).toUtf8().constData() );
  QgsApplication::exitQgis();
  return 0;
}
