// Generated from specs/usergrowth/taobao.usergrowth.dhh.delivery.ask.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.usergrowth.dhh.delivery.ask` (广告曝光前判定接口V2). */
export interface TaobaoUsergrowthDhhDeliveryAskRequest {
  /** 预留json参数，与手淘团队单独沟通 */
  profile?: string;
  /** oaid的md5值， 32位小写 */
  oaid_md5?: string;
  /** idfa的md5值， 32位小写 */
  idfa_md5?: string;
  /** imei的md5值， 32位小写 */
  imei_md5?: string;
  /** oaid的原生值 */
  oaid?: string;
  /** idfa的原生值 */
  idfa?: string;
  /** imei的原生值 */
  imei?: string;
  /** 用户所使用设备的系统， 0： android, 1: ios, 2: windowsphone, 3: other */
  os?: string;
  /** 大航海广告位，在大航海平台申请 */
  advertising_space_id: string;
  /** 渠道标识，在大航海平台申请 */
  channel: string;
  /** md5加密后的caid， 32位小写，前面拼接上caid版本号，当前支持20220111、20211207版本 */
  caid_md5?: string;
}

/** Response of `taobao.usergrowth.dhh.delivery.ask`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsergrowthDhhDeliveryAskResponse {
  /** 在大航海平台可投放的任务ID列表 */
  task_id_list?: string[];
  /** 错误码， 0： 成功；1：限流；2：服务不可用 */
  errcode?: Int64;
  /** true: 目标用户；false: 非目标用户 */
  result?: boolean;
  /** 在大航海平台推荐的任务ID */
  task_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  profile: 'String',
  oaid_md5: 'String',
  idfa_md5: 'String',
  imei_md5: 'String',
  oaid: 'String',
  idfa: 'String',
  imei: 'String',
  os: 'String',
  advertising_space_id: 'String',
  channel: 'String',
  caid_md5: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  task_id_list: ['String'],
  errcode: 'Number',
  result: 'Boolean',
  task_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.usergrowth.dhh.delivery.ask`: method, response root, request and response schemas. */
export const taobaoUsergrowthDhhDeliveryAskOperation = {
  method: 'taobao.usergrowth.dhh.delivery.ask',
  responseRoot: 'usergrowth_dhh_delivery_ask_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 广告曝光前判定接口V2 — calls TOP method `taobao.usergrowth.dhh.delivery.ask`.
 *
 * 提供给媒体在曝光广告前调用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsergrowthDhhDeliveryAsk(
  client: TopClient,
  request: TaobaoUsergrowthDhhDeliveryAskRequest,
  options?: CallOptions,
): Promise<TaobaoUsergrowthDhhDeliveryAskResponse> {
  return client.call<TaobaoUsergrowthDhhDeliveryAskResponse>(
    {
      method: 'taobao.usergrowth.dhh.delivery.ask',
      responseRoot: 'usergrowth_dhh_delivery_ask_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
