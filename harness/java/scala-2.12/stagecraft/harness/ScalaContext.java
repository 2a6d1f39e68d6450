package stagecraft.harness;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.rdd.RDD;
import scala.Function2;
import scala.collection.Iterator;
import scala.collection.Seq;
import scala.reflect.ClassTag;
import scala.runtime.BoxedUnit;

/**
 * The {@link HarnessContext} of the Scala 2.12 build: SparkContext's last `runJob` overload, the
 * one every other ends in, takes a `scala.collection.Seq` here.
 */
final class ScalaContext extends HarnessContext {
  ScalaContext(SparkConf conf) {
    super(conf);
  }

  @Override
  public <T, U> void runJob(
      RDD<T> rdd,
      Function2<TaskContext, Iterator<T>, U> func,
      Seq<Object> partitions,
      Function2<Object, U, BoxedUnit> resultHandler,
      ClassTag<U> tag) {
    aroundRunJob(rdd, () -> super.runJob(rdd, func, partitions, resultHandler, tag));
  }
}
