// Generated from specs/drugtrace/alibaba.alihealth.drugtrace.top.yljg.uploadretail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugtrace.top.yljg.uploadretail` (零售单据上传接口). */
export interface AlibabaAlihealthDrugtraceTopYljgUploadretailRequest {
  /** 单据编号（唯一） */
  bill_code: string;
  /** 单据生成时间（一般写当前时间） */
  bill_time: DateInput;
  /** 单据类型[323,零售出库][322,疫苗接种][116,消费者退货入库] */
  bill_type: Int64Input;
  /** 药品类型[2,特药，3,普药]【可以随便填写，单据上传后会以实际为准】 */
  physic_type?: Int64Input;
  /** 码上放心平台企业唯一编码（门店或医疗机构） */
  ref_user_id: string;
  /** 发货企业(可为空) */
  from_user_id?: string;
  /** 单据提交者(appkey编号) */
  oper_ic_code?: string;
  /** 单据提交者姓名(可为空) */
  oper_ic_name?: string;
  /**
   * 追溯码【多个码时用逗号拼接的字符串。要求数量在3500个码以下，但一般不要传这么多，如果网络不好很容易传输一半报错】
   *
   * Max list size: 3500
   */
  trace_codes: string[];
  /** 购买人证件类型【1身份证2护照3 军官证4 医保卡5接种卡6学生证9其它】 */
  customer_id_type?: string;
  /** 购买人证件编号 */
  customer_id?: string;
  /** 用药人电话 */
  user_tel?: string;
  /** 互联标识 1是 0否 */
  network_bill_flag?: string;
  /** 医师名称 */
  medic_doctor?: string;
  /** 发药人 */
  medic_dispenser?: string;
  /** 患者名称 */
  user_name?: string;
  /** 代理领药人 */
  user_agent?: string;
}

/** Response of `alibaba.alihealth.drugtrace.top.yljg.uploadretail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugtraceTopYljgUploadretailResponse {
  /** 上传单据文件队列表标识 */
  model?: string;
  /** 错误码(BILL_DECODE_ERROR 单据转码失败 2.BILL_FILE_NAME_DUPLICATE_UPLOAD 文件名重复) */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** 操作是否成功(true 成功 ,false失败) */
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

/** Static description of `alibaba.alihealth.drugtrace.top.yljg.uploadretail`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugtraceTopYljgUploadretailOperation = {
  method: 'alibaba.alihealth.drugtrace.top.yljg.uploadretail',
  responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_uploadretail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售单据上传接口 — calls TOP method `alibaba.alihealth.drugtrace.top.yljg.uploadretail`.
 *
 * 医疗机构零售上传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugtraceTopYljgUploadretail(
  client: TopClient,
  request: AlibabaAlihealthDrugtraceTopYljgUploadretailRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugtraceTopYljgUploadretailResponse> {
  return client.call<AlibabaAlihealthDrugtraceTopYljgUploadretailResponse>(
    {
      method: 'alibaba.alihealth.drugtrace.top.yljg.uploadretail',
      responseRoot: 'alibaba_alihealth_drugtrace_top_yljg_uploadretail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
