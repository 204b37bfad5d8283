// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.storebilllist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.storebilllist` (零售端平台单据查询). */
export interface AlibabaAlihealthDrugKytStorebilllistRequest {
  /** 企业ID */
  ref_ent_id?: string;
  /** 开始日期 */
  start_date?: string;
  /** 结束日期 */
  end_date?: string;
  /** 单据状态(A全部 1上传成功 3处理成功 4处理失败 ) */
  bill_status?: string;
  /** 页码 */
  page?: Int64Input;
  /** 页数 */
  page_size?: Int64Input;
}

/** Response of `alibaba.alihealth.drug.kyt.storebilllist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytStorebilllistResponse {
  /** 监控宝推送网站监控信息，返回结果 */
  result?: AlibabaAlihealthDrugKytStorebilllistResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.kyt.storebilllist`. */
export interface AlibabaAlihealthDrugKytStorebilllistResultModel {
  /** 返回结果 */
  model?: AlibabaAlihealthDrugKytStorebilllistPageInfoDto;
  /** 返回码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 返回是否成功 */
  response_success?: boolean;
}

/** `PageInfoDto` of `alibaba.alihealth.drug.kyt.storebilllist`. */
export interface AlibabaAlihealthDrugKytStorebilllistPageInfoDto {
  /** 返回结果 */
  result_list?: AlibabaAlihealthDrugKytStorebilllistStoreTerraceBillDto[];
  /** 总条数 */
  total_num?: Int64;
  /** 页数 */
  page_size?: Int64;
  /** 页码 */
  page?: Int64;
}

/** `StoreTerraceBillDto` of `alibaba.alihealth.drug.kyt.storebilllist`. */
export interface AlibabaAlihealthDrugKytStorebilllistStoreTerraceBillDto {
  /** 单据ID */
  bill_id?: string;
  /** 单据编码 */
  bill_code?: string;
  /** 企业ID */
  ent_id?: string;
  /** 创建时间 */
  crt_date?: string;
  /** 上传标识 */
  upload_flag?: string;
  /** 文件名称 */
  upload_file_name?: string;
  /** 处理标识 */
  process_flag?: string;
  /** 处理日期 */
  process_date?: string;
  /** 单据类型 */
  data_type?: string;
  /** 药品类型 */
  drug_type?: string;
  /** 详情信息 */
  note_info?: string;
  /** 操作人编码 */
  corp_id?: string;
  /** 操作人姓名 */
  corp_name?: string;
  /** 单据日期 */
  store_in_out_date?: string;
  /** 上传文件路径 */
  upload_file_path?: string;
  /** 发货单位 */
  from_user_id?: string;
  /** 发货单位 */
  from_ref_user_id?: string;
  /** 收货单位 */
  to_user_id?: string;
  /** 收货单位 */
  to_ref_user_id?: string;
  /** 是否匹配 */
  order_ismatched?: string;
  /** 企业ID */
  ref_user_id?: string;
  /** 处理状态 */
  result_type?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  start_date: 'String',
  end_date: 'String',
  bill_status: 'String',
  page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      result_list: [
        {
          bill_id: 'String',
          bill_code: 'String',
          ent_id: 'String',
          crt_date: 'String',
          upload_flag: 'String',
          upload_file_name: 'String',
          process_flag: 'String',
          process_date: 'String',
          data_type: 'String',
          drug_type: 'String',
          note_info: 'String',
          corp_id: 'String',
          corp_name: 'String',
          store_in_out_date: 'String',
          upload_file_path: 'String',
          from_user_id: 'String',
          from_ref_user_id: 'String',
          to_user_id: 'String',
          to_ref_user_id: 'String',
          order_ismatched: 'String',
          ref_user_id: 'String',
          result_type: 'String',
        },
      ],
      total_num: 'Number',
      page_size: 'Number',
      page: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.storebilllist`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytStorebilllistOperation = {
  method: 'alibaba.alihealth.drug.kyt.storebilllist',
  responseRoot: 'alibaba_alihealth_drug_kyt_storebilllist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售端平台单据查询 — calls TOP method `alibaba.alihealth.drug.kyt.storebilllist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytStorebilllist(
  client: TopClient,
  request: AlibabaAlihealthDrugKytStorebilllistRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytStorebilllistResponse> {
  return client.call<AlibabaAlihealthDrugKytStorebilllistResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.storebilllist',
      responseRoot: 'alibaba_alihealth_drug_kyt_storebilllist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
