// Generated from specs/tmallnr/alibaba.lsy.crm.activity.data.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lsy.crm.activity.data.update` (私域导购数据回流接口). */
export interface AlibabaLsyCrmActivityDataUpdateRequest {
  /** 入参对象 */
  req_d_t_o?: AlibabaLsyCrmActivityDataUpdateNrtCrmActivityStatisticsDataReqInput;
}

/** Response of `alibaba.lsy.crm.activity.data.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLsyCrmActivityDataUpdateResponse {
  /** 返回结果 */
  result?: AlibabaLsyCrmActivityDataUpdateResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtCrmActivityStatisticsDataReq` of `alibaba.lsy.crm.activity.data.update`. */
export interface AlibabaLsyCrmActivityDataUpdateNrtCrmActivityStatisticsDataReqInput {
  /** 数据上传时间 */
  date: string;
  /** 浏览人数 */
  uv: Int64Input;
  /** 活动id */
  activity_id: Int64Input;
  /** 页面访问数 */
  pv: Int64Input;
  /** 业务身份 */
  biz_code?: string;
  /** 摊位id */
  store_id: Int64Input;
  /** 导购员id */
  guider_id: Int64Input;
}

/** `ResultDo` of `alibaba.lsy.crm.activity.data.update`. */
export interface AlibabaLsyCrmActivityDataUpdateResultDo {
  /** err_code */
  err_code?: string;
  /** 调用是否成功 */
  success?: boolean;
  /** 错误描述 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  req_d_t_o: {
    date: 'String',
    uv: 'Number',
    activity_id: 'Number',
    pv: 'Number',
    biz_code: 'String',
    store_id: 'Number',
    guider_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    success: 'Boolean',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lsy.crm.activity.data.update`: method, response root, request and response schemas. */
export const alibabaLsyCrmActivityDataUpdateOperation = {
  method: 'alibaba.lsy.crm.activity.data.update',
  responseRoot: 'alibaba_lsy_crm_activity_data_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 私域导购数据回流接口 — calls TOP method `alibaba.lsy.crm.activity.data.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLsyCrmActivityDataUpdate(
  client: TopClient,
  request: AlibabaLsyCrmActivityDataUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaLsyCrmActivityDataUpdateResponse> {
  return client.call<AlibabaLsyCrmActivityDataUpdateResponse>(
    {
      method: 'alibaba.lsy.crm.activity.data.update',
      responseRoot: 'alibaba_lsy_crm_activity_data_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
