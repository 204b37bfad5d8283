// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.scqy.uploadcircubill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.scqy.uploadcircubill` (生成批发单据上传). */
export interface AlibabaAlihealthDrugKytScqyUploadcircubillRequest {
  /** 单据编号【同一个企业不能上传相同单据号】 */
  bill_code: string;
  /** 单据时间（扫码时间） */
  bill_time: DateInput;
  /** 单据类型【102代表采购入库,201代表销售出库，其它单据类型详见文档】 */
  bill_type: Int64Input;
  /** 药品类型【3普药2特药】一般情况下，89开头的码定义为特药，其它码定义成普药 */
  physic_type: Int64Input;
  /** 货主企业（单据的所有者，上传人）【注意：该入参是ref_ent_id，不是ent_id】 */
  ref_user_id: string;
  /** 第三方物流代理企业【注意：该入参是ref_ent_id，不是ent_id】，该字段兼容之前接口逻辑，后期将不允许使用，不要填值。 */
  agent_ref_user_id?: string;
  /** 发货企业【注意：该入参是ent_id,并不是ref_ent_id】 */
  from_user_id: string;
  /** 收货企业【注意：该入参是ent_id,并不是ref_ent_id】 */
  to_user_id: string;
  /** 直调企业【注意：该入参是ent_id,并不是ref_ent_id】 */
  dest_user_id?: string;
  /** 操作人标识（写appkey编号） */
  oper_ic_code: string;
  /** 单据提交者姓名 */
  oper_ic_name?: string;
  /** 单据文件体【bas64字符串】，看对接文档中的代码示例，示例中有相应说明。 */
  file_content: string;
  /** 单据名称 */
  upload_file_name: string;
  /** 请求端类型【暂定都写2】 */
  client_type: string;
  /** 发货地址 */
  from_address?: string;
  /** 收货地址 */
  to_address?: string;
  /** 发货单编号 */
  from_bill_code?: string;
  /** 订货单编号 */
  order_code?: string;
  /** 发货人(特药出单据必填) */
  from_person?: string;
  /** 收货人(特药入单据必填) */
  to_person?: string;
  /** 药品配送企业【出库单填写】 */
  dis_ref_ent_id?: string;
  /** 药品配送企业entId【出库单填写】 */
  dis_ent_id?: string;
  /** 应收货总数量 */
  qu_receivable?: Int64Input;
  /** 是否验证，0：未通过验证，1：已验证 */
  xt_is_check?: string;
  /** 未验证通过原因【验证未通过时填写】 */
  xt_check_code?: string;
  /** 未验证通过原因描述【验证未通过时填写】 */
  xt_check_code_desc?: string;
  /** 【可不填】药品列表Json："codeCount": 药品数量 "commDrugId": 国家药品唯一标识 "exprieDate": 生产日期 "physicInfo": 药品信息 "pkgSpec": 包状规格 "prepnCount": 制剂数量 "produceBatchNo":生产批次 "produceDate": 生产日期 */
  drug_list_json?: string;
  /** 单据委托企业refEntId */
  ass_ref_ent_id?: string;
  /** 单据委托企业entId */
  ass_ent_id?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.scqy.uploadcircubill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytScqyUploadcircubillResponse {
  /** 返回结果 */
  model?: string;
  /** 返回结果 */
  msg_code?: string;
  /** 返回结果 */
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
  agent_ref_user_id: 'String',
  from_user_id: 'String',
  to_user_id: 'String',
  dest_user_id: 'String',
  oper_ic_code: 'String',
  oper_ic_name: 'String',
  file_content: 'String',
  upload_file_name: 'String',
  client_type: 'String',
  from_address: 'String',
  to_address: 'String',
  from_bill_code: 'String',
  order_code: 'String',
  from_person: 'String',
  to_person: 'String',
  dis_ref_ent_id: 'String',
  dis_ent_id: 'String',
  qu_receivable: 'Number',
  xt_is_check: 'String',
  xt_check_code: 'String',
  xt_check_code_desc: 'String',
  drug_list_json: 'String',
  ass_ref_ent_id: 'String',
  ass_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.scqy.uploadcircubill`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytScqyUploadcircubillOperation = {
  method: 'alibaba.alihealth.drug.kyt.scqy.uploadcircubill',
  responseRoot: 'alibaba_alihealth_drug_kyt_scqy_uploadcircubill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 生成批发单据上传 — calls TOP method `alibaba.alihealth.drug.kyt.scqy.uploadcircubill`.
 *
 * 生产批发单据上传（非零售企业使用），包括101, "生产入库"；102, "采购入库"；103, "退货入库"；104, "调拨入库"；106, "零头入库"；107, "供应入库"；108, "召回入库"；110,"赠品入库"；111,"盘盈入库"；112,"报废入库"；113,"其他入库"
 * 201, "销售出库"；202, "退货出库"；203, "调拨出库"；204, "返工出库"；205, "销毁出库"；206, "抽检出库"；207, "直调出库"；208, "生产出库"；209, "供应出库"；211, "召回出库"；212,"赠品出库"；214,"盘亏出库"；215,"损坏出库"；216,"报废出库"；217,"其他出库"；237, "直调退货"。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytScqyUploadcircubill(
  client: TopClient,
  request: AlibabaAlihealthDrugKytScqyUploadcircubillRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytScqyUploadcircubillResponse> {
  return client.call<AlibabaAlihealthDrugKytScqyUploadcircubillResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.scqy.uploadcircubill',
      responseRoot: 'alibaba_alihealth_drug_kyt_scqy_uploadcircubill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
