// Generated from specs/alihealth2/alibaba.health.nr.cep.warstqty.batchupdate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.nr.cep.warstqty.batchupdate` (批量更新ISV库存). */
export interface AlibabaHealthNrCepWarstqtyBatchupdateRequest {
  /**
   * 库存更新对象
   *
   * Max list size: 100
   */
  war_stqty_list: AlibabaHealthNrCepWarstqtyBatchupdateTopIsvStqtyLstDtoInput[];
}

/** Response of `alibaba.health.nr.cep.warstqty.batchupdate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthNrCepWarstqtyBatchupdateResponse {
  /** 服务出参 */
  result?: AlibabaHealthNrCepWarstqtyBatchupdateResponseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopIsvStqtyLstDto` of `alibaba.health.nr.cep.warstqty.batchupdate`. */
export interface AlibabaHealthNrCepWarstqtyBatchupdateTopIsvStqtyLstDtoInput {
  /** 门店编码 */
  dept_code: string;
  /** 商品编码 */
  goods_code: string;
  /** 数量 */
  goods_qty: string;
}

/** `ResponseResult` of `alibaba.health.nr.cep.warstqty.batchupdate`. */
export interface AlibabaHealthNrCepWarstqtyBatchupdateResponseResult {
  /** 错误信息 */
  error_msg?: string;
  /** 错误编码 */
  error_code?: string;
  /** 是否成功 */
  issuccess?: boolean;
}

const REQUEST_SCHEMA = {
  war_stqty_list: [
    {
      dept_code: 'String',
      goods_code: 'String',
      goods_qty: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    issuccess: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.nr.cep.warstqty.batchupdate`: method, response root, request and response schemas. */
export const alibabaHealthNrCepWarstqtyBatchupdateOperation = {
  method: 'alibaba.health.nr.cep.warstqty.batchupdate',
  responseRoot: 'alibaba_health_nr_cep_warstqty_batchupdate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量更新ISV库存 — calls TOP method `alibaba.health.nr.cep.warstqty.batchupdate`.
 *
 * 青岛医保服务-ISV批量更新孔雀翎中库存数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthNrCepWarstqtyBatchupdate(
  client: TopClient,
  request: AlibabaHealthNrCepWarstqtyBatchupdateRequest,
  options?: CallOptions,
): Promise<AlibabaHealthNrCepWarstqtyBatchupdateResponse> {
  return client.call<AlibabaHealthNrCepWarstqtyBatchupdateResponse>(
    {
      method: 'alibaba.health.nr.cep.warstqty.batchupdate',
      responseRoot: 'alibaba_health_nr_cep_warstqty_batchupdate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
