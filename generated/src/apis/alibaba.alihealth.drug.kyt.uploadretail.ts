// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.uploadretail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.uploadretail` (门店销售扫码回传接口). */
export interface AlibabaAlihealthDrugKytUploadretailRequest {
  /** 单据编号（唯一） */
  bill_code: string;
  /** 单据生成时间 */
  bill_time: DateInput;
  /** 单据类型[321,零售出库][322,疫苗接种] */
  bill_type: Int64Input;
  /** 药品类型[3,普药] */
  physic_type?: Int64Input;
  /** 码上放心平台企业编码（门店） */
  ref_user_id: string;
  /** 发货企业(可为空) */
  from_user_id?: string;
  /** 单据提交者(appkey编号) */
  oper_ic_code?: string;
  /** 单据提交者姓名(可为空) */
  oper_ic_name?: string;
  /**
   * 追溯码[多个时用逗号分开]
   *
   * Max list size: 2000
   */
  trace_codes: string[];
  /** 请求类型[暂定都写2] */
  client_type: string;
  /** 购买人证件类型【1身份证2护照3 军官证4 医保卡5接种卡6学生证9其它】 */
  customer_id_type?: string;
  /** 购买人证件编号 */
  customer_id?: string;
  /** 患者电话 */
  user_tel?: string;
  /** 互联网标识 */
  network_bill_flag?: string;
  /** 医师名单 */
  medic_doctor?: string;
  /** 药品分发者 */
  medic_dispenser?: string;
  /** 患者名称 */
  user_name?: string;
  /** 患者代理领药人 */
  user_agent?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.uploadretail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytUploadretailResponse {
  /** 上传单据文件队列表标识 */
  model?: string;
  /** 错误码(BILL_DECODE_ERROR 单据转码失败 2.BILL_FILE_NAME_DUPLICATE_UPLOAD 文件名重复) */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 是否成功(true 成功 ,false失败) */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  bill_code: 'String',
  bill_time: 'Date',
  bill_type: 'Number',
  physic_type: 'Number',
  ref_user_id: 'String',
  from_user_id: 'String',
  oper_ic_code: 'String',
  oper_ic_name: 'String',
  trace_codes: ['String'],
  client_type: 'String',
  customer_id_type: 'String',
  customer_id: 'String',
  user_tel: 'String',
  network_bill_flag: 'String',
  medic_doctor: 'String',
  medic_dispenser: 'String',
  user_name: 'String',
  user_agent: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.uploadretail`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytUploadretailOperation = {
  method: 'alibaba.alihealth.drug.kyt.uploadretail',
  responseRoot: 'alibaba_alihealth_drug_kyt_uploadretail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店销售扫码回传接口 — calls TOP method `alibaba.alihealth.drug.kyt.uploadretail`.
 *
 * 门店在销售给顾客时，扫描追溯码的数据按照单据回传；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytUploadretail(
  client: TopClient,
  request: AlibabaAlihealthDrugKytUploadretailRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytUploadretailResponse> {
  return client.call<AlibabaAlihealthDrugKytUploadretailResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.uploadretail',
      responseRoot: 'alibaba_alihealth_drug_kyt_uploadretail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
