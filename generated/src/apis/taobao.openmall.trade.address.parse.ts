// Generated from specs/openmall/taobao.openmall.trade.address.parse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.trade.address.parse` (openmall服务地址区域码解析). */
export interface TaobaoOpenmallTradeAddressParseRequest {
  /** 需解析的地址信息，建议只传地址选择器中的省市区，街道门牌号等用户手动输入数据不传 */
  raw_address: string;
  /** 渠道商分销者淘宝账号 */
  distributor: string;
}

/** Response of `taobao.openmall.trade.address.parse`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallTradeAddressParseResponse {
  /** 一组地址解析结构，解析正确率与地址完整度相关 */
  result?: TaobaoOpenmallTradeAddressParseTopParseAddressVO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopParseAddressVO` of `taobao.openmall.trade.address.parse`. */
export interface TaobaoOpenmallTradeAddressParseTopParseAddressVO {
  /** 地址解析结构 */
  entries?: TaobaoOpenmallTradeAddressParseTopParseAddressEntryVO[];
}

/** `TopParseAddressEntryVO` of `taobao.openmall.trade.address.parse`. */
export interface TaobaoOpenmallTradeAddressParseTopParseAddressEntryVO {
  /** 地区编码 */
  code?: string;
  /** 地域名称 */
  name?: string;
  /** 地区级别，2代表省、自治区、直辖市、特别行政区；3代表地级市、 地区、盟、自治州；4代表县、区、自治县、旗；5代表乡、镇、街道，openmall中请取第三或者第四级别地域编码传入即可 */
  scope?: Int64;
}

const REQUEST_SCHEMA = {
  raw_address: 'String',
  distributor: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    entries: [
      {
        code: 'String',
        name: 'String',
        scope: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.trade.address.parse`: method, response root, request and response schemas. */
export const taobaoOpenmallTradeAddressParseOperation = {
  method: 'taobao.openmall.trade.address.parse',
  responseRoot: 'openmall_trade_address_parse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * openmall服务地址区域码解析 — calls TOP method `taobao.openmall.trade.address.parse`.
 *
 * openmall服务，解析地址区域码，获取创建订单等接口中的区域码信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallTradeAddressParse(
  client: TopClient,
  request: TaobaoOpenmallTradeAddressParseRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallTradeAddressParseResponse> {
  return client.call<TaobaoOpenmallTradeAddressParseResponse>(
    {
      method: 'taobao.openmall.trade.address.parse',
      responseRoot: 'openmall_trade_address_parse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
