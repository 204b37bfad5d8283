// Generated from specs/campus/alibaba.campus.core.app.getappusages.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.core.app.getappusages` (根据应用ID获得应用所在的园区). */
export interface AlibabaCampusCoreAppGetappusagesRequest {
  /** WorkBenchContext */
  work_bench_context?: AlibabaCampusCoreAppGetappusagesWorkBenchContextInput;
  /** 应用id */
  appid: Int64Input;
}

/** Response of `alibaba.campus.core.app.getappusages`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusCoreAppGetappusagesResponse {
  /** result */
  result?: AlibabaCampusCoreAppGetappusagesCollectionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.core.app.getappusages`. */
export interface AlibabaCampusCoreAppGetappusagesWorkBenchContextInput {
  /** securityCode */
  security_code?: string;
  /** userId */
  user_id?: Int64Input;
  /** appCode */
  app_code?: string;
  /** campusCode */
  campus_code?: string;
  /** userName */
  user_name?: string;
  /** eagleEyeTraceId */
  eagle_eye_trace_id?: string;
  /** companyId */
  company_id?: Int64Input;
  /** systemId */
  system_id?: string;
  /** campusId */
  campus_id?: Int64Input;
  /** ip */
  ip?: string;
}

/** `CollectionResult` of `alibaba.campus.core.app.getappusages`. */
export interface AlibabaCampusCoreAppGetappusagesCollectionResult {
  /** content */
  content_list?: AlibabaCampusCoreAppGetappusagesT[];
  /** requestId */
  request_id?: string;
  /** totalCount */
  total_count?: Int64;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** errorExtInfo */
  error_ext_info?: string;
  /** errorLevel */
  error_level?: string;
}

/** `T` of `alibaba.campus.core.app.getappusages`. */
export interface AlibabaCampusCoreAppGetappusagesT {
  /** 应用使用关系id */
  id?: Int64;
  /** 应用id */
  app_id?: Int64;
  /** 园区ID */
  campus_id?: Int64;
  /** 状态 */
  status?: Int64;
  /** 应用名称 */
  app_name?: string;
  /** 应用图标 */
  icon?: string;
  /** 描述 */
  description?: string;
  /** 应用打开模式 */
  open_mode?: string;
  /** 前台url */
  url?: string;
  /** 后台管理url */
  admin_url?: string;
  /** 是否收费类应用 */
  is_charge?: boolean;
  /** 应用key */
  app_key?: string;
  /** app排序 */
  app_order?: Int64;
  /** notifyUrl */
  notify_url?: string;
}

const REQUEST_SCHEMA = {
  work_bench_context: {
    security_code: 'String',
    user_id: 'Number',
    app_code: 'String',
    campus_code: 'String',
    user_name: 'String',
    eagle_eye_trace_id: 'String',
    company_id: 'Number',
    system_id: 'String',
    campus_id: 'Number',
    ip: 'String',
  },
  appid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content_list: [
      {
        id: 'Number',
        app_id: 'Number',
        campus_id: 'Number',
        status: 'Number',
        app_name: 'String',
        icon: 'String',
        description: 'String',
        open_mode: 'String',
        url: 'String',
        admin_url: 'String',
        is_charge: 'Boolean',
        app_key: 'String',
        app_order: 'Number',
        notify_url: 'String',
      },
    ],
    request_id: 'String',
    total_count: 'Number',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_ext_info: 'String',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.core.app.getappusages`: method, response root, request and response schemas. */
export const alibabaCampusCoreAppGetappusagesOperation = {
  method: 'alibaba.campus.core.app.getappusages',
  responseRoot: 'alibaba_campus_core_app_getappusages_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据应用ID获得应用所在的园区 — calls TOP method `alibaba.campus.core.app.getappusages`.
 *
 * 传入应用的id, 获得用户授权的园区
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusCoreAppGetappusages(
  client: TopClient,
  request: AlibabaCampusCoreAppGetappusagesRequest,
  options?: CallOptions,
): Promise<AlibabaCampusCoreAppGetappusagesResponse> {
  return client.call<AlibabaCampusCoreAppGetappusagesResponse>(
    {
      method: 'alibaba.campus.core.app.getappusages',
      responseRoot: 'alibaba_campus_core_app_getappusages_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
