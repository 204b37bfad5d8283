// Generated from specs/usergrowth/taobao.usergrowth.dhh.delivery.batchask.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.usergrowth.dhh.delivery.batchask` (广告曝光前判定批量接口V2). */
export interface TaobaoUsergrowthDhhDeliveryBatchaskRequest {
  /** md5加密后的oaid列表， 32位小写， 多个使用,分隔， 最多支持20个 */
  oaid_md5?: string;
  /** md5加密后的oaid列表， 32位小写， 多个使用,分隔， 最多支持20个 */
  idfa_md5?: string;
  /** md5加密后的imei列表， 32位小写， 多个使用,分隔， 最多支持20个 */
  imei_md5?: string;
  /** 巨浪广告位id,在巨浪平台申请 */
  advertising_space_id: string;
  /** 巨浪渠道id,在巨浪平台申请 */
  channel: string;
  /** md5加密后的caid列表， 32位小写，前面拼接上caid版本号，当前支持20220111、20211207版本， 多个使用,分隔， 最多支持20个。 */
  caid_md5?: string;
}

/** Response of `taobao.usergrowth.dhh.delivery.batchask`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsergrowthDhhDeliveryBatchaskResponse {
  /** 返回值 */
  result?: TaobaoUsergrowthDhhDeliveryBatchaskBatchAskResultV2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchAskResultV2` of `taobao.usergrowth.dhh.delivery.batchask`. */
export interface TaobaoUsergrowthDhhDeliveryBatchaskBatchAskResultV2 {
  /** 错误码， 0： 成功；1：限流；2：服务不可用 */
  errcode?: Int64;
  /** 匹配的设备与其任务信息列表 */
  results?: TaobaoUsergrowthDhhDeliveryBatchaskBatchAskResultItem[];
}

/** `BatchAskResultItem` of `taobao.usergrowth.dhh.delivery.batchask`. */
export interface TaobaoUsergrowthDhhDeliveryBatchaskBatchAskResultItem {
  /** 在巨浪平台可投放的任务ID列表 */
  task_id_list?: string[];
  /** oaid的md5值， 32位小写 */
  oaid_md5?: string;
  /** idfa的md5值， 32位小写 */
  idfa_md5?: string;
  /** imei的md5值， 32位小写 */
  imei_md5?: string;
  /** 该设备要做的大航海的任务id */
  task_id?: string;
  /** caid的md5值， 32位小写，前面拼接上caid版本号，当前支持20220111、20211207版本 */
  caid_md5?: string;
}

const REQUEST_SCHEMA = {
  oaid_md5: 'String',
  idfa_md5: 'String',
  imei_md5: 'String',
  advertising_space_id: 'String',
  channel: 'String',
  caid_md5: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    errcode: 'Number',
    results: [
      {
        task_id_list: ['String'],
        oaid_md5: 'String',
        idfa_md5: 'String',
        imei_md5: 'String',
        task_id: 'String',
        caid_md5: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.usergrowth.dhh.delivery.batchask`: method, response root, request and response schemas. */
export const taobaoUsergrowthDhhDeliveryBatchaskOperation = {
  method: 'taobao.usergrowth.dhh.delivery.batchask',
  responseRoot: 'usergrowth_dhh_delivery_batchask_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 广告曝光前判定批量接口V2 — calls TOP method `taobao.usergrowth.dhh.delivery.batchask`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsergrowthDhhDeliveryBatchask(
  client: TopClient,
  request: TaobaoUsergrowthDhhDeliveryBatchaskRequest,
  options?: CallOptions,
): Promise<TaobaoUsergrowthDhhDeliveryBatchaskResponse> {
  return client.call<TaobaoUsergrowthDhhDeliveryBatchaskResponse>(
    {
      method: 'taobao.usergrowth.dhh.delivery.batchask',
      responseRoot: 'usergrowth_dhh_delivery_batchask_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
