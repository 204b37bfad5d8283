// Generated from specs/alihealth2/alibaba.alihealth.druguse.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.druguse.query` (合理用药规则查询). */
export interface AlibabaAlihealthDruguseQueryRequest {
  /** 入参 */
  command?: AlibabaAlihealthDruguseQuerySafeMedicationReqCommandInput;
}

/** Response of `alibaba.alihealth.druguse.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDruguseQueryResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaAlihealthDruguseQueryServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SafeMedicationReqCommand` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQuerySafeMedicationReqCommandInput {
  /** 关联订单 */
  order_id?: string;
  /** 患者，启用特殊人群规则情况下必传 */
  patient?: AlibabaAlihealthDruguseQueryPatientInput;
  /** 场景名 */
  scene_name: string;
  /** 处方项，包括药品、用法用量以及购买量 */
  prescription_items: AlibabaAlihealthDruguseQueryPrescriptionItemInput[];
  /** 诊断信息，启用适应症和禁忌症规则下必传 */
  diags?: AlibabaAlihealthDruguseQueryDiagInput[];
  /** 租户名 */
  tenant_code: string;
}

/** `Patient` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQueryPatientInput {
  /** 用药人性别（0未知1男2女） */
  gender?: Int64Input;
  /** 用药人体重-单位kg */
  weight?: Int64Input;
  /** 淘系用户id */
  user_id?: string;
  /** 用药人年龄-单位：天 */
  age?: Int64Input;
  /** 用药人身高-单位cm */
  height?: Int64Input;
  /** 人群标签 */
  labels?: string[];
}

/** `PrescriptionItem` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQueryPrescriptionItemInput {
  /** 用法用量，启用用法用量规则的条件下必传 */
  dosage?: AlibabaAlihealthDruguseQueryDosageInput;
  /** 购买数量，启用限购的规则条件下必传 */
  buy_amount?: AlibabaAlihealthDruguseQueryBuyAmountInput;
  /** 购买的药品 */
  drug: AlibabaAlihealthDruguseQueryDrugInput;
}

/** `Dosage` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQueryDosageInput {
  /** 用法用量 */
  items?: AlibabaAlihealthDruguseQueryDosageItemInput[];
  /** 用法 */
  way?: string;
}

/** `DosageItem` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQueryDosageItemInput {
  /** 使用量单位 */
  unit?: string;
  /** 用量类型（SINGLEDAILYDOSE("单日剂量"), SINGLEDOSE("单次剂量"), DRUGCOURSE("药品疗程"), FREQUENCYADMINISTRATION("给药频次")） */
  type?: string;
  /** 使用量 */
  value?: string;
}

/** `BuyAmount` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQueryBuyAmountInput {
  /** 本次购买量 */
  buy_amount?: Int64Input;
  /** 统计周期，不传的话则不做周期限购 */
  history_days?: Int64Input;
  /** 历史购买量。历史购买量需要包含本次购买量，不传的话则不做周期限购 */
  history_total_amount?: Int64Input;
}

/** `Drug` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQueryDrugInput {
  /** 通用名 */
  common_name: string;
  /** 装量值(例：24粒) */
  quantity_per_pack?: Int64Input;
  /** 租户的药品唯一标识别 */
  tenant_spu_id?: string;
  /** 生产厂家 */
  producer?: string;
  /** 成分 */
  ingredients?: AlibabaAlihealthDruguseQueryIngredientsInput[];
  /** 健康标品库的SpuId */
  spu_id?: string;
  /** 最小使用单位数值剂量单位（mg） */
  unit_of_per_unit?: string;
  /** 最小使用单位数值（例：10） */
  quantity_per_unit?: Int64Input;
  /** 国药准字号 */
  approval_number?: string;
  /** 药品类型（WESTERN_PRESCRIPTION_MEDICINE(1,"处方药-西药"), CHINESE_PRESCRIPTION_MEDICINE(2, "处方药-中成药"), WESTERN_OTC(3, "OTC-西药"), CHINESE_OTC(4, "OTC-中成药"), PIECES(5, "饮片")） */
  type?: string;
  /** 规格详情 */
  norm?: string;
}

/** `Ingredients` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQueryIngredientsInput {
  /** 成分单位 */
  unit?: string;
  /** 成分数值 */
  quantity?: Int64Input;
  /** 成分名 */
  name?: string;
}

/** `Diag` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQueryDiagInput {
  /** 诊断码 */
  code?: string;
  /** 诊断名 */
  name?: string;
}

/** `ServiceResult` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQueryServiceResult {
  /** 结果集 */
  datas?: AlibabaAlihealthDruguseQueryBaseRule[];
  /** 成功与否 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `BaseRule` of `alibaba.alihealth.druguse.query`. */
export interface AlibabaAlihealthDruguseQueryBaseRule {
  /** 级别规则 */
  level?: Int64;
  /** 规则的详细数据 */
  detail?: string;
  /** 提示文案 */
  desc?: string;
  /** 周期限购：CycleLimitRule，单次限购规则：SingleLimitRule，频次规则：FreqDosageRule， 每日剂量规则：DailyDosageRule，单次剂量规则：SingleDosageRule ，用法规则：WayDosageRule ，重复用药规则：RepetitionRule ，特殊年龄规则：AgeSpecialCrowdRule ，人群标签规则：UserLabelSpecialCrowdRule ，性别诊断冲突规则则：GenderSpecialCrowdRule ，适应症规则：IndicationRule ，相互作用规则：InteractionRule ，禁忌症规则：ContraIndicationRule */
  type?: string;
  /** spuid */
  spu_id?: string;
  /** 每次剂量上线（命中每日剂量规则+单次剂量规则） */
  threshold?: string;
  /** 建议的每日使用频次，如2-3（命中频次规则） */
  suggested_freq?: string;
  /** 建议的用法， 如：口服（命中用法规则） */
  suggested_way?: string;
  /** 药品通用名 */
  common_name?: string;
  /** 药品通用名（重复用药+相互作用规则） */
  other_common_name?: string;
  /** 禁用的年龄区间，单位是天，比如0-1000（命中特殊年龄规则） */
  forbidden_age?: string;
  /** 禁用的人群（命中特殊人群规则） */
  forbidden_user?: string;
  /** 性别（命中性别诊断冲突规则） */
  gender?: string;
  /** 诊断码（命中性别诊断冲突规则） */
  diag_code?: string;
  /** 诊断（命中适应症规则） */
  diags?: string;
  /** 跟该药冲突的诊断码， 如N19.x00（（命中禁忌症规则）） */
  forbidden_diags?: string;
  /** 限购上限制（命中周期限购+单次限购规则） */
  limit_threshold?: Int64;
}

const REQUEST_SCHEMA = {
  command: {
    order_id: 'String',
    patient: {
      gender: 'Number',
      weight: 'Number',
      user_id: 'String',
      age: 'Number',
      height: 'Number',
      labels: ['String'],
    },
    scene_name: 'String',
    prescription_items: [
      {
        dosage: {
          items: [
            {
              unit: 'String',
              type: 'String',
              value: 'Price',
            },
          ],
          way: 'String',
        },
        buy_amount: {
          buy_amount: 'Number',
          history_days: 'Number',
          history_total_amount: 'Number',
        },
        drug: {
          common_name: 'String',
          quantity_per_pack: 'Number',
          tenant_spu_id: 'String',
          producer: 'String',
          ingredients: [
            {
              unit: 'String',
              quantity: 'Number',
              name: 'String',
            },
          ],
          spu_id: 'String',
          unit_of_per_unit: 'String',
          quantity_per_unit: 'Number',
          approval_number: 'String',
          type: 'String',
          norm: 'String',
        },
      },
    ],
    diags: [
      {
        code: 'String',
        name: 'String',
      },
    ],
    tenant_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    datas: [
      {
        level: 'Number',
        detail: 'String',
        desc: 'String',
        type: 'String',
        spu_id: 'String',
        threshold: 'String',
        suggested_freq: 'String',
        suggested_way: 'String',
        common_name: 'String',
        other_common_name: 'String',
        forbidden_age: 'String',
        forbidden_user: 'String',
        gender: 'String',
        diag_code: 'String',
        diags: 'String',
        forbidden_diags: 'String',
        limit_threshold: 'Number',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.druguse.query`: method, response root, request and response schemas. */
export const alibabaAlihealthDruguseQueryOperation = {
  method: 'alibaba.alihealth.druguse.query',
  responseRoot: 'alibaba_alihealth_druguse_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 合理用药规则查询 — calls TOP method `alibaba.alihealth.druguse.query`.
 *
 * 查询用户购买的药品命中的风险规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDruguseQuery(
  client: TopClient,
  request: AlibabaAlihealthDruguseQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDruguseQueryResponse> {
  return client.call<AlibabaAlihealthDruguseQueryResponse>(
    {
      method: 'alibaba.alihealth.druguse.query',
      responseRoot: 'alibaba_alihealth_druguse_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
