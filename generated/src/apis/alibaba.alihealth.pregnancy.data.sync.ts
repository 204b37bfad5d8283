// Generated from specs/alihealthcrm/alibaba.alihealth.pregnancy.data.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pregnancy.data.sync` (四类数据同步). */
export interface AlibabaAlihealthPregnancyDataSyncRequest {
  /** 用户id */
  user_id: Int64Input;
  /** 三方id */
  outer_id: Int64Input;
  /** 4经期调整；1基础体温；2排卵试纸；3 B超测排 */
  event_type: Int64Input;
  /** 四类数据定制化详情 */
  data?: string;
  /** 测量日期 */
  measure_date: Int64Input;
  /** 0-新增 1-修改 2-删除 */
  operation_type: Int64Input;
  /** 经期数据json串 */
  period_msg: string;
}

/** Response of `alibaba.alihealth.pregnancy.data.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPregnancyDataSyncResponse {
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'Number',
  outer_id: 'Number',
  event_type: 'Number',
  data: 'String',
  measure_date: 'Number',
  operation_type: 'Number',
  period_msg: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pregnancy.data.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthPregnancyDataSyncOperation = {
  method: 'alibaba.alihealth.pregnancy.data.sync',
  responseRoot: 'alibaba_alihealth_pregnancy_data_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 四类数据同步 — calls TOP method `alibaba.alihealth.pregnancy.data.sync`.
 *
 * 经期调整；基础体温；排卵试纸；B超测排数据同步
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPregnancyDataSync(
  client: TopClient,
  request: AlibabaAlihealthPregnancyDataSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthPregnancyDataSyncResponse> {
  return client.call<AlibabaAlihealthPregnancyDataSyncResponse>(
    {
      method: 'alibaba.alihealth.pregnancy.data.sync',
      responseRoot: 'alibaba_alihealth_pregnancy_data_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
