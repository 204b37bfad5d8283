// Generated from specs/alihouse/alibaba.alihouse.vrfactory.production.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.vrfactory.production.sync` (vr生产数据上翻). */
export interface AlibabaAlihouseVrfactoryProductionSyncRequest {
  /** 参数 */
  project_vr_build_data_dto: AlibabaAlihouseVrfactoryProductionSyncProjectVrBuildDataDtoInput;
}

/** Response of `alibaba.alihouse.vrfactory.production.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseVrfactoryProductionSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseVrfactoryProductionSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectVrBuildDataDto` of `alibaba.alihouse.vrfactory.production.sync`. */
export interface AlibabaAlihouseVrfactoryProductionSyncProjectVrBuildDataDtoInput {
  /** 是否删除 1-是 0-否 */
  is_deleted: Int64Input;
  /** 外部房源ID */
  outer_house_id?: string;
  /** 外部小区ID */
  outer_project_id: string;
  /** 提取码 */
  extracted_code: string;
  /** 类型:新房-1，二手房-2 */
  source_type?: Int64Input;
  /** 外部户型ID */
  outer_layout_id?: string;
  /** 外部货户型ID */
  outer_layout_tid?: string;
  /** 外部门店ID */
  outer_store_id?: string;
}

/** `Result` of `alibaba.alihouse.vrfactory.production.sync`. */
export interface AlibabaAlihouseVrfactoryProductionSyncResult {
  /** 返回唯一ID */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  project_vr_build_data_dto: {
    is_deleted: 'Number',
    outer_house_id: 'String',
    outer_project_id: 'String',
    extracted_code: 'String',
    source_type: 'Number',
    outer_layout_id: 'String',
    outer_layout_tid: 'String',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.vrfactory.production.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseVrfactoryProductionSyncOperation = {
  method: 'alibaba.alihouse.vrfactory.production.sync',
  responseRoot: 'alibaba_alihouse_vrfactory_production_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * vr生产数据上翻 — calls TOP method `alibaba.alihouse.vrfactory.production.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseVrfactoryProductionSync(
  client: TopClient,
  request: AlibabaAlihouseVrfactoryProductionSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseVrfactoryProductionSyncResponse> {
  return client.call<AlibabaAlihouseVrfactoryProductionSyncResponse>(
    {
      method: 'alibaba.alihouse.vrfactory.production.sync',
      responseRoot: 'alibaba_alihouse_vrfactory_production_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
