// Generated from specs/ma/taobao.ma.qrcode.common.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ma.qrcode.common.create` (创建码平台常用二维码). */
export interface TaobaoMaQrcodeCommonCreateRequest {
  /**
   * 要制作的二维码业务类型：page:无线页面类型item:宝贝ID类型url:普通的URL连接类型shop:店铺ID类型
   *
   * Max length: 10
   */
  type: string;
  /**
   * 二维码的内容之一，由type决定：type=page时，content传入无线页面的URL连接内容；type=item时，content传入宝贝数字ID；type=url时，content传入普通的URL连接内容；type=shop时，content传入店铺ID；
   *
   * Max length: 256
   */
  content: string;
  /**
   * 二维码名字，即创建的二维码，在码平台上显示记录的名字。
   *
   * Max length: 32
   */
  name: string;
  /**
   * 二维码需要布点的位置，方便用户在码平台上可以区分看到不同布点的扫码数据情况；列表值，用半角','号分割，单个渠道名不能超过16字符。
   *
   * Max length: 160
   */
  channel_name?: string;
  /**
   * 二维码的样式名，支持普通码的颜色或官方模板的模板名；普通码的颜色可选输入：“000000”(黑色)、“EF4F2B”(橙色);官方模板的可选输入（实际尺寸比样例大）：“ww_color.png“ 尺寸290x320，样例：http://gtms03.alicdn.com/tps/i3/T1YLPRFRXXXXbsbYwb-100-102.png；“tb_scan.png“ 尺寸290x320，样例：http://gtms01.alicdn.com/tps/i1/T14vsEFThdXXbsbYwb-100-102.png；“ww_hide_color.png“ 尺寸200x263，样例：http://gtms04.alicdn.com/tps/i4/TB1URvlFVXXXXbRXFXXwxcf6pXX-76-100.png；“tmall_hide_color.png“ 尺寸200x263，样例：http://gtms01.alicdn.com/tps/i1/TB1S5PiFVXXXXacXVXXwxcf6pXX-76-100.png。
   *
   * Max length: 50
   */
  style: string;
  /** 二维码尺寸，只支持普通二维码，不支持官方模板，单位为像素，最小为60×60，最大为300×300，建议175×175。官方模板大小尺寸见style说明。 */
  size: Int64Input;
  /** 是否需要矢量图，如果需要矢量图，设置为true；只支持普通二维码，官方模板不支持矢量图 */
  need_eps?: boolean;
  /**
   * 二维码的logo地址，只允许淘宝官方图片空间的图片地址，其他非图片空间图片不支持。官方淘logo图片地址：http://img01.taobaocdn.com/imgextra/T1Od8YFT8eXXXXXXXX。
   *
   * Max length: 256
   */
  logo?: string;
}

/** Response of `taobao.ma.qrcode.common.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMaQrcodeCommonCreateResponse {
  /** 二维码对像 */
  modules?: TaobaoMaQrcodeCommonCreateQrcodeDO[];
  /** 执行是否成功 */
  suc?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QrcodeDO` of `taobao.ma.qrcode.common.create`. */
export interface TaobaoMaQrcodeCommonCreateQrcodeDO {
  /** 二维码所属渠道ID */
  channel_id?: Int64;
  /** 二维码对应的渠道名 */
  channel_name?: string;
  /** 二维码的矢量图下载地址，只有设置入参need_eps为true且style不为官方模板时，才返回值 */
  eps_url?: string;
  /** 二维码id */
  qrcode_id?: Int64;
  /** 二维码图片链接 */
  qrcode_url?: string;
  /** 二维码的短地址，每一个原始地址都会生成一个短地址 */
  short_url?: string;
  /** 二维码扫码后访问的目的地址 */
  url?: string;
}

const REQUEST_SCHEMA = {
  type: 'String',
  content: 'String',
  name: 'String',
  channel_name: 'String',
  style: 'String',
  size: 'Number',
  need_eps: 'Boolean',
  logo: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  modules: [
    {
      channel_id: 'Number',
      channel_name: 'String',
      eps_url: 'String',
      qrcode_id: 'Number',
      qrcode_url: 'String',
      short_url: 'String',
      url: 'String',
    },
  ],
  suc: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ma.qrcode.common.create`: method, response root, request and response schemas. */
export const taobaoMaQrcodeCommonCreateOperation = {
  method: 'taobao.ma.qrcode.common.create',
  responseRoot: 'ma_qrcode_common_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建码平台常用二维码 — calls TOP method `taobao.ma.qrcode.common.create`.
 *
 * 创建码平台对外提供的常用二维码接口，不适于码平台业务类型的码创建，如不支持包裹码、媒体码等，业务类型的码需要单独提供API。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMaQrcodeCommonCreate(
  client: TopClient,
  request: TaobaoMaQrcodeCommonCreateRequest,
  options?: CallOptions,
): Promise<TaobaoMaQrcodeCommonCreateResponse> {
  return client.call<TaobaoMaQrcodeCommonCreateResponse>(
    {
      method: 'taobao.ma.qrcode.common.create',
      responseRoot: 'ma_qrcode_common_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
