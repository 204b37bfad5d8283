// Generated from specs/ma/taobao.wireless.xcode.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wireless.xcode.create` (创建二维码/短连接). */
export interface TaobaoWirelessXcodeCreateRequest {
  /** 码平台开放的业务code */
  biz_code?: string;
  /** 原始内容/原始地址 */
  content: string;
  /** 普通二维码样式参数 */
  style?: TaobaoWirelessXcodeCreateQrCodeStyleInput;
}

/** Response of `taobao.wireless.xcode.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWirelessXcodeCreateResponse {
  /** 创建二维码/短连接 返回信息 */
  xcode?: TaobaoWirelessXcodeCreateXCodeTo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QrCodeStyle` of `taobao.wireless.xcode.create`. */
export interface TaobaoWirelessXcodeCreateQrCodeStyleInput {
  /** 可选参数，二维背景色颜色值，接入业务点配置为准，未配置，默认为白 */
  bg_color?: Int64Input;
  /** 可选参数，logo的淘宝tfs地址，默认无 */
  logo?: string;
  /** 可选参数，二维码纠错级别 0=~7%,1=~15%,2=~25%,3=~30% */
  level?: Int64Input;
  /** 可选参数，二维码深色点颜色值，接入业务点配置为准，未配置，默认为黑 */
  color?: Int64Input;
  /** 可选参数，二维码的边框，默认大小1个单位点，便于扫码 */
  margin?: Int64Input;
  /** 可选参数，二维码大小，值60～600，默认185pix */
  size?: Int64Input;
}

/** `XCodeTo` of `taobao.wireless.xcode.create`. */
export interface TaobaoWirelessXcodeCreateXCodeTo {
  /** 二维码图片地址 */
  img_url?: string;
  /** 记录ID */
  id?: Int64;
  /** 最后修改时间 */
  gmt_modified?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 码的状态，1-生效，0-未生效，-1-逻辑删除。 */
  status?: Int64;
  /** 所属用户ID，如果入参没有用户登录信息，则随机生成 */
  user_id?: Int64;
  /** 有效期开始时间 */
  life_start?: string;
  /** 短连接 */
  short_url?: string;
  /** 短连接关键字符 */
  short_name?: string;
  /** 有效期结束时间，使用短链接跳转的，结束后不再可以访问 */
  life_end?: string;
}

const REQUEST_SCHEMA = {
  biz_code: 'String',
  content: 'String',
  style: {
    bg_color: 'Number',
    logo: 'String',
    level: 'Number',
    color: 'Number',
    margin: 'Number',
    size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  xcode: {
    img_url: 'String',
    id: 'Number',
    gmt_modified: 'Date',
    gmt_create: 'Date',
    status: 'Number',
    user_id: 'Number',
    life_start: 'Date',
    short_url: 'String',
    short_name: 'String',
    life_end: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wireless.xcode.create`: method, response root, request and response schemas. */
export const taobaoWirelessXcodeCreateOperation = {
  method: 'taobao.wireless.xcode.create',
  responseRoot: 'wireless_xcode_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建二维码/短连接 — calls TOP method `taobao.wireless.xcode.create`.
 *
 * 创建码平台的普通二维码或者长连接转短连接服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWirelessXcodeCreate(
  client: TopClient,
  request: TaobaoWirelessXcodeCreateRequest,
  options?: CallOptions,
): Promise<TaobaoWirelessXcodeCreateResponse> {
  return client.call<TaobaoWirelessXcodeCreateResponse>(
    {
      method: 'taobao.wireless.xcode.create',
      responseRoot: 'wireless_xcode_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
