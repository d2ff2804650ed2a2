package vn.nq21.workflow.engine.modelcheck;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The string constants of a compiled class: every {@code CONSTANT_String} of its constant pool (JVMS
 * §4.4). These are the string literals of its source, the values of its {@code static final String}
 * constants and of those it uses from other classes (javac copies them in), and the recipes of its
 * string concatenations.
 */
final class ClassConstants {

  private static final int MAGIC = 0xCAFEBABE;

  private ClassConstants() {}

  /** The string constants of {@code classFile}; throws {@link IOException} when it is not a class file. */
  static List<String> strings(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != MAGIC) {
      throw new IOException("không phải tệp class");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    List<Integer> stringIndexes = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF(); // modified UTF-8, as DataInput reads it
        case 8 -> stringIndexes.add(in.readUnsignedShort());
        case 7, 16, 19, 20 -> in.skipNBytes(2); // Class, MethodType, Module, Package
        case 15 -> in.skipNBytes(3); // MethodHandle
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, dynamic
        case 5, 6 -> { // Long, Double take two entries
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IOException("thẻ hằng không biết " + tag + " ở mục " + i);
      }
    }
    List<String> strings = new ArrayList<>(stringIndexes.size());
    for (int index : stringIndexes) {
      if (index > 0 && index < count && utf8[index] != null) {
        strings.add(utf8[index]);
      }
    }
    return strings;
  }
}
