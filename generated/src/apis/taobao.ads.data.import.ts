// Generated from specs/dt/taobao.ads.data.import.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ads.data.import` (数据导入). */
export interface TaobaoAdsDataImportRequest {
  /** 请求入参 */
  param0?: TaobaoAdsDataImportRequesterDataJobSaveCmdInput;
}

/** Response of `taobao.ads.data.import`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAdsDataImportResponse {
  /** 0:成功/-1:失败 */
  ret_code?: Int64;
  /** 返回信息 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RequesterDataJobSaveCmd` of `taobao.ads.data.import`. */
export interface TaobaoAdsDataImportRequesterDataJobSaveCmdInput {
  /** oss 导入文件路径 */
  oss_key?: string;
  /** 有效值LABEL/MINE/TRAIL */
  record_type: string;
  /** 数据来源，OSS_CSV/ODPS_TABLE */
  data_type: string;
  /** 操作方 */
  operator: string;
  /** odps导入配置 */
  odps_import_config?: TaobaoAdsDataImportOdpsImportConfigInput;
  /** 任务id */
  task_id: Int64Input;
}

/** `OdpsImportConfig` of `taobao.ads.data.import`. */
export interface TaobaoAdsDataImportOdpsImportConfigInput {
  /** odps表名 */
  odps_table?: string;
  /** odps账号 */
  odps_account?: string;
  /** odps项目 */
  odps_project?: string;
  /** odps表标记 */
  odps_table_partition?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    oss_key: 'String',
    record_type: 'String',
    data_type: 'String',
    operator: 'String',
    odps_import_config: {
      odps_table: 'String',
      odps_account: 'String',
      odps_project: 'String',
      odps_table_partition: 'String',
    },
    task_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ads.data.import`: method, response root, request and response schemas. */
export const taobaoAdsDataImportOperation = {
  method: 'taobao.ads.data.import',
  responseRoot: 'ads_data_import_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 数据导入 — calls TOP method `taobao.ads.data.import`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAdsDataImport(
  client: TopClient,
  request: TaobaoAdsDataImportRequest = {},
  options?: CallOptions,
): Promise<TaobaoAdsDataImportResponse> {
  return client.call<TaobaoAdsDataImportResponse>(
    {
      method: 'taobao.ads.data.import',
      responseRoot: 'ads_data_import_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
