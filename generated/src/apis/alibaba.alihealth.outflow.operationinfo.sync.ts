// Generated from specs/alihealthoutflow/alibaba.alihealth.outflow.operationinfo.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.outflow.operationinfo.sync` (处方外流-操作信息同步). */
export interface AlibabaAlihealthOutflowOperationinfoSyncRequest {
  /** 入参 */
  sync_operation_info_request?: AlibabaAlihealthOutflowOperationinfoSyncSyncOperationInfoRequestInput;
}

/** Response of `alibaba.alihealth.outflow.operationinfo.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthOutflowOperationinfoSyncResponse {
  /** ServiceResult */
  service_result?: AlibabaAlihealthOutflowOperationinfoSyncServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncOperationInfoRequest` of `alibaba.alihealth.outflow.operationinfo.sync`. */
export interface AlibabaAlihealthOutflowOperationinfoSyncSyncOperationInfoRequestInput {
  /** 操作时间(非空) */
  operate_time?: string;
  /** 授权id(非空) */
  authorization_id?: string;
  /** 医院id(非空) */
  hospital_id?: string;
  /** 渠道(非空)（ALIPAY：支付宝） */
  channel?: string;
  /** 患者id(非空) */
  patient_id?: string;
  /** 操作类型(非空)（ENTER_HOME_PAGE:进入首页） */
  operate_type?: string;
  /** 患者姓名(非空) */
  patient_name?: string;
}

/** `ServiceResult` of `alibaba.alihealth.outflow.operationinfo.sync`. */
export interface AlibabaAlihealthOutflowOperationinfoSyncServiceResult {
  /** 返回数据对象 */
  data?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_message?: string;
  /** 标识 */
  success?: string;
}

const REQUEST_SCHEMA = {
  sync_operation_info_request: {
    operate_time: 'String',
    authorization_id: 'String',
    hospital_id: 'String',
    channel: 'String',
    patient_id: 'String',
    operate_type: 'String',
    patient_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    data: 'Boolean',
    err_code: 'String',
    err_message: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.outflow.operationinfo.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthOutflowOperationinfoSyncOperation = {
  method: 'alibaba.alihealth.outflow.operationinfo.sync',
  responseRoot: 'alibaba_alihealth_outflow_operationinfo_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 处方外流-操作信息同步 — calls TOP method `alibaba.alihealth.outflow.operationinfo.sync`.
 *
 * 阿里健康-处方外流-对外提供同步操作信息功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthOutflowOperationinfoSync(
  client: TopClient,
  request: AlibabaAlihealthOutflowOperationinfoSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthOutflowOperationinfoSyncResponse> {
  return client.call<AlibabaAlihealthOutflowOperationinfoSyncResponse>(
    {
      method: 'alibaba.alihealth.outflow.operationinfo.sync',
      responseRoot: 'alibaba_alihealth_outflow_operationinfo_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
