// Generated from specs/drugtrace/alibaba.alihealth.drug.download.getentdailytaskdtolist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.download.getentdailytaskdtolist` (码上放心数据落地-获取每天日报). */
export interface AlibabaAlihealthDrugDownloadGetentdailytaskdtolistRequest {
  /** appkey */
  app_key_n: string;
  /** 统计的开始时间 */
  start_time: string;
  /** 统计的结束时间 */
  end_time: string;
}

/** Response of `alibaba.alihealth.drug.download.getentdailytaskdtolist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugDownloadGetentdailytaskdtolistResponse {
  /** Headers */
  headers?: string;
  /** 返回的主要实体 */
  model?: AlibabaAlihealthDrugDownloadGetentdailytaskdtolistEntDailyReportDTO[];
  /** 请求回执信息 */
  msg_info?: string;
  /** 请求回执编码 */
  msg_code?: string;
  /** http状态 */
  http_status_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EntDailyReportDTO` of `alibaba.alihealth.drug.download.getentdailytaskdtolist`. */
export interface AlibabaAlihealthDrugDownloadGetentdailytaskdtolistEntDailyReportDTO {
  /** 其中生成的单据总数 */
  bill_file_count?: Int64;
  /** 其中关联关系工生成包的数量 */
  relation_task_count?: Int64;
  /** 报告所有者名称 */
  ent_name?: string;
  /** 其中生成的关联关系文件总数 */
  relation_file_count?: Int64;
  /** 其中已经接收到正确回执的单据包数量是 */
  bill_task_accepted_count?: Int64;
  /** 其中已经接收到正确回执的单据数量是 */
  bill_file_accepted_count?: Int64;
  /** 其中单据生成包的数量 */
  bill_task_count?: Int64;
  /** 备注 */
  remark?: string;
  /** 其中还没有接收回执的单据数量是 */
  bill_file_un_accepted_count?: Int64;
  /** 其中已经接收到正确回执的文件数量是 */
  relation_task_accepted_count?: Int64;
  /** 其中还没有接收回执的关联关系数量是 */
  relation_file_un_accepted_count?: Int64;
  /** 其中已经接收到正确回执的关联关系数量是 */
  relation_file_accepted_count?: Int64;
  /** 该报告的所有者唯一标识 */
  ref_ent_id?: string;
  /** 报告开始时间 */
  start_time?: string;
  /** 其中还没有接收回执的数量是 */
  relation_task_un_accepted_count?: Int64;
  /** 其中还没有接收回执的包数量是 */
  bill_task_un_accepted_count?: Int64;
  /** 报告结束时间 */
  end_time?: string;
}

const REQUEST_SCHEMA = {
  app_key_n: 'String',
  start_time: 'String',
  end_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  headers: 'String',
  model: [
    {
      bill_file_count: 'Number',
      relation_task_count: 'Number',
      ent_name: 'String',
      relation_file_count: 'Number',
      bill_task_accepted_count: 'Number',
      bill_file_accepted_count: 'Number',
      bill_task_count: 'Number',
      remark: 'String',
      bill_file_un_accepted_count: 'Number',
      relation_task_accepted_count: 'Number',
      relation_file_un_accepted_count: 'Number',
      relation_file_accepted_count: 'Number',
      ref_ent_id: 'String',
      start_time: 'String',
      relation_task_un_accepted_count: 'Number',
      bill_task_un_accepted_count: 'Number',
      end_time: 'String',
    },
  ],
  msg_info: 'String',
  msg_code: 'String',
  http_status_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.download.getentdailytaskdtolist`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugDownloadGetentdailytaskdtolistOperation = {
  method: 'alibaba.alihealth.drug.download.getentdailytaskdtolist',
  responseRoot: 'alibaba_alihealth_drug_download_getentdailytaskdtolist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码上放心数据落地-获取每天日报 — calls TOP method `alibaba.alihealth.drug.download.getentdailytaskdtolist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugDownloadGetentdailytaskdtolist(
  client: TopClient,
  request: AlibabaAlihealthDrugDownloadGetentdailytaskdtolistRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugDownloadGetentdailytaskdtolistResponse> {
  return client.call<AlibabaAlihealthDrugDownloadGetentdailytaskdtolistResponse>(
    {
      method: 'alibaba.alihealth.drug.download.getentdailytaskdtolist',
      responseRoot: 'alibaba_alihealth_drug_download_getentdailytaskdtolist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
