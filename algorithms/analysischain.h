#pragma once
// The analysis chain, defined once:
//   buildprofile -> scorehouseholds -> aggregateareas (finest areas, MIN_COUNT 0,
//   temporary) -> rollupareas onto the finest, middle and coarse levels ->
//   areareport.
// targetgroup:fullanalysis interprets this table, and scripts/writemodel.cpp
// saves it (through model()) as the Model Designer model
// metadata/targetgroup_full_analysis.model3, so the two cannot drift apart.
// Apart from the provider, this is the only file that knows the algorithm
// classes.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

class QgsProcessingAlgorithm;
class QgsProcessingModelAlgorithm;
class QgsProcessingParameterDefinition;

namespace targetgroup::chain
{

/**
 * An input of the chain: a parameter of targetgroup:fullanalysis (id) and an
 * input of the model (modelName). Both get their definition from the same
 * factory, so label, default, range and optionality are the same.
 */
struct Input
{
  QString id;        //!< fullanalysis parameter, e.g. HOUSEHOLDS
  QString modelName; //!< model input, e.g. households; users' batch jobs call the model with these names: never rename
  QString parentId;  //!< the layer input a field or expression input belongs to, or empty
  //! The definition under the given name; parentName is the name of parentId in the same runner.
  std::function<QgsProcessingParameterDefinition *( const QString &name, const QString &parentName )> create;
};

//! Where one parameter of a step gets its value.
struct Binding
{
  enum class Kind
  {
    Input,       //!< a chain input
    StepOutput,  //!< an output of an earlier step
    Static,      //!< a fixed value
    Temporary,   //!< a destination kept temporary (fullanalysis: TEMPORARY_OUTPUT; the model: not exposed)
    Destination, //!< a destination the user chooses: a fullanalysis output parameter and a model output
  };

  Kind kind = Kind::Static;
  QString parameter; //!< the step algorithm's parameter
  QString input;     //!< Input: the chain input id
  QString step;      //!< StepOutput: the earlier step's id
  QString output;    //!< StepOutput: its output
  QVariant value;    //!< Static
  QString outputId;  //!< Destination: the fullanalysis output parameter
  //! Destination: the model output name; the model parameter is "<step id>:<name>", which users' batch jobs use: never rename.
  QString modelOutput;
  QString label; //!< Destination: its label in both

  static Binding fromInput( const QString &parameter, const QString &inputId );
  static Binding fromStep( const QString &parameter, const QString &stepId, const QString &output );
  static Binding fixed( const QString &parameter, const QVariant &value );
  static Binding temporary( const QString &parameter );
  static Binding destination( const QString &parameter, const QString &outputId, const QString &modelOutput, const QString &label );

private:
  static Binding bound( Kind kind, const QString &parameter );
};

/**
 * One step: an algorithm of the provider and where each of its parameters
 * comes from. A mandatory parameter the table does not bind takes the
 * algorithm's default (the model writes that default as a static value,
 * because Model Designer wants a source for every mandatory parameter).
 */
struct Step
{
  Step( const QString &stepId, const QString &stepLabel, std::function<std::unique_ptr<QgsProcessingAlgorithm>()> factory );

  QString id;    //!< the model's child id, e.g. rollup_middle; model outputs are named after it: never rename
  QString label; //!< in the log of fullanalysis and on the model's canvas
  //! A fresh, initialised instance of the step's algorithm.
  std::function<std::unique_ptr<QgsProcessingAlgorithm>()> create;
  QList<Binding> bindings;
  /**
   * Runs only when this optional chain input is given (a layer for the middle
   * or coarse level). fullanalysis skips the step; the model guards it with a
   * Conditional branch ("native:condition") on the input.
   */
  QString runsWithInput;
  /**
   * Runs only when this optional chain output is asked for (the area report).
   * fullanalysis skips the step otherwise; a model cannot tell whether an
   * output is wanted, so the model always runs it (into a temporary file
   * unless the user gives one).
   */
  QString runsWithOutput;
};

//! A numeric result of fullanalysis, taken from a step's results.
struct Result
{
  QString id;
  QString label;
  QString step;
  QString output;
};

//! The inputs, in the order both dialogs show them.
QList<Input> inputs();
//! The steps, in the order they run.
QList<Step> steps();
QList<Result> results();
//! What the chain does, for the help of fullanalysis and of the model.
QString helpText();

//! "targetgroup:<name>" of a step's algorithm.
QString algorithmId( const QgsProcessingAlgorithm &algorithm );

/**
 * The destination parameters of fullanalysis, one per Destination binding:
 * the step algorithm's own definition (type, file filter) under the
 * binding's id and label, optional when the step may be skipped.
 */
std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> outputDefinitions();

/**
 * The chain as a Model Designer model: labelled inputs in the table's order,
 * every mandatory parameter of every step bound, labelled outputs, and a
 * Conditional branch in front of each step that runs only with an optional
 * input. Needs the targetgroup and native providers in the processing
 * registry. Returns nullptr and says why in problems when the table leaves a
 * mandatory parameter without a source or default.
 */
std::unique_ptr<QgsProcessingModelAlgorithm> model( QStringList &problems );

} // namespace targetgroup::chain
