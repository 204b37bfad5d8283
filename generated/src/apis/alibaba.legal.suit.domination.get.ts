// Generated from specs/legalsuit/alibaba.legal.suit.domination.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.suit.domination.get` (查询管辖信息). */
export interface AlibabaLegalSuitDominationGetRequest {
  /** 案件ID */
  suit_id: Int64Input;
  /** 委托ID */
  entrust_id: Int64Input;
  /** 管辖ID */
  domination_id: Int64Input;
}

/** Response of `alibaba.legal.suit.domination.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalSuitDominationGetResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegalSuitDominationGetServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.legal.suit.domination.get`. */
export interface AlibabaLegalSuitDominationGetServiceResult {
  /** 管辖内容 */
  content?: AlibabaLegalSuitDominationGetDominationModel;
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** success */
  success?: boolean;
}

/** `DominationModel` of `alibaba.legal.suit.domination.get`. */
export interface AlibabaLegalSuitDominationGetDominationModel {
  /** 管辖裁决书数量 */
  dominationissent_ruling_count?: string;
  /** 管辖裁决书附件 */
  domination_dissent_ruling_list?: AlibabaLegalSuitDominationGetFileModel[];
  /** 管辖文书 */
  attachment_count?: string;
  /** 管辖文书列表 */
  attachment_list?: AlibabaLegalSuitDominationGetFileModel[];
  /** 备注 */
  description?: string;
  /** 快递编号 */
  express_num?: string;
  /** 快递公司 */
  express_company?: string;
  /** 法官 */
  judge?: string;
  /** 是否开庭 */
  is_court?: string;
  /** 案件ID */
  suit_id?: Int64;
  /** 委托ID */
  entrust_id?: Int64;
  /** 管辖ID */
  domination_id?: Int64;
  /** 供应商code */
  supplier_code?: string;
}

/** `FileModel` of `alibaba.legal.suit.domination.get`. */
export interface AlibabaLegalSuitDominationGetFileModel {
  /** 附件名称 */
  name?: string;
  /** 附件ID */
  key?: string;
}

const REQUEST_SCHEMA = {
  suit_id: 'Number',
  entrust_id: 'Number',
  domination_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      dominationissent_ruling_count: 'String',
      domination_dissent_ruling_list: [
        {
          name: 'String',
          key: 'String',
        },
      ],
      attachment_count: 'String',
      attachment_list: [
        {
          name: 'String',
          key: 'String',
        },
      ],
      description: 'String',
      express_num: 'String',
      express_company: 'String',
      judge: 'String',
      is_court: 'String',
      suit_id: 'Number',
      entrust_id: 'Number',
      domination_id: 'Number',
      supplier_code: 'String',
    },
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.suit.domination.get`: method, response root, request and response schemas. */
export const alibabaLegalSuitDominationGetOperation = {
  method: 'alibaba.legal.suit.domination.get',
  responseRoot: 'alibaba_legal_suit_domination_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询管辖信息 — calls TOP method `alibaba.legal.suit.domination.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalSuitDominationGet(
  client: TopClient,
  request: AlibabaLegalSuitDominationGetRequest,
  options?: CallOptions,
): Promise<AlibabaLegalSuitDominationGetResponse> {
  return client.call<AlibabaLegalSuitDominationGetResponse>(
    {
      method: 'alibaba.legal.suit.domination.get',
      responseRoot: 'alibaba_legal_suit_domination_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
