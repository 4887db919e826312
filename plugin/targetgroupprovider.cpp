#include "targetgroupprovider.h"

#include "aggregateareasalgorithm.h"
#include "areareportalgorithm.h"
#include "buildprofilealgorithm.h"
#include "fullanalysisalgorithm.h"
#include "libraryreportalgorithm.h"
#include "matchmembersalgorithm.h"
#include "rollupareasalgorithm.h"
#include "scorehouseholdsalgorithm.h"
#include "synthetichouseholdsalgorithm.h"
#include "targetgroupversion.h"

#include <qgsapplication.h>

#include <QDir>
#include <QFileInfo>

namespace targetgroup
{

TargetGroupProvider::TargetGroupProvider( QObject *parent )
    : QgsProcessingProvider( parent )
{
}

QIcon TargetGroupProvider::icon() const
{
  return QIcon( svgIconPath() );
}

QString TargetGroupProvider::svgIconPath() const
{
  // Compiled into the library from icons/icons.qrc.
  return QStringLiteral( ":/targetgroup/icons/targetgroup.svg" );
}

QString TargetGroupProvider::id() const
{
  return QStringLiteral( TARGETGROUP_PROVIDER_ID );
}

QString TargetGroupProvider::name() const
{
  return tr( "Target group profiling" );
}

QString TargetGroupProvider::longName() const
{
  return tr( "Target group profiling %1" ).arg( QStringLiteral( TARGETGROUP_VERSION ) );
}

QString TargetGroupProvider::helpId() const
{
  return id();
}

QString TargetGroupProvider::versionInfo() const
{
  return QStringLiteral( TARGETGROUP_VERSION );
}

bool TargetGroupProvider::supportsNonFileBasedOutput() const
{
  return true;
}

void TargetGroupProvider::loadAlgorithms()
{
  addAlgorithm( new BuildProfileAlgorithm() );
  addAlgorithm( new ScoreHouseholdsAlgorithm() );
  addAlgorithm( new AggregateAreasAlgorithm() );
  addAlgorithm( new RollupAreasAlgorithm() );
  addAlgorithm( new LibraryReportAlgorithm() );
  addAlgorithm( new AreaReportAlgorithm() );
  addAlgorithm( new FullAnalysisAlgorithm() );
  addAlgorithm( new SyntheticHouseholdsAlgorithm() );
  addAlgorithm( new MatchMembersAlgorithm() );
}

} // namespace targetgroup
