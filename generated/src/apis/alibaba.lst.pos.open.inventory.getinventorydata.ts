// Generated from specs/lstpos/alibaba.lst.pos.open.inventory.getinventorydata.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.pos.open.inventory.getinventorydata` (商品库存只读接口(最多20条库存信息)). */
export interface AlibabaLstPosOpenInventoryGetinventorydataRequest {
  /**
   * ISV商品Id列表
   *
   * Max list size: 20
   */
  isv_goods_id_list: string[];
  /** 门店主账号Id */
  user_id: Int64Input;
}

/** Response of `alibaba.lst.pos.open.inventory.getinventorydata`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstPosOpenInventoryGetinventorydataResponse {
  /** 接口返回结果对象 */
  result?: AlibabaLstPosOpenInventoryGetinventorydataResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alibaba.lst.pos.open.inventory.getinventorydata`. */
export interface AlibabaLstPosOpenInventoryGetinventorydataResultDto {
  /** 错误信息描述 */
  error_message?: string;
  /** 接口具体返回的业务数据对象 */
  module_list?: AlibabaLstPosOpenInventoryGetinventorydataInventoryDto[];
  /** 业务错误码 */
  error_code?: string;
  /** 接口调用是否成功 true:调用成功 false:调用失败 */
  success?: boolean;
}

/** `InventoryDto` of `alibaba.lst.pos.open.inventory.getinventorydata`. */
export interface AlibabaLstPosOpenInventoryGetinventorydataInventoryDto {
  /** ISV商品Id */
  isv_goods_id?: string;
  /** 零售通商品Id */
  goods_id?: Int64;
  /** 最后修改 精确到毫秒 */
  gmt_create?: Int64;
  /** 门店对应的主账号id */
  user_id?: Int64;
  /** 实时库存(库存实时结果(出参)) */
  quantity?: string;
  /** 库存删除标志(出参) ON:删除库存(库存删除后，售卖不维护库存值) OFF:不删除库存（售卖需要维护库存值）(缺省值) */
  delete_flag?: string;
  /** 数据来源的设备类型 0：pos，1：自动售货机，-1：其它 缺省值：0 */
  device_type?: Int64;
  /** 设备物理硬件ID（自身保证唯一性） */
  hardware_id?: string;
}

const REQUEST_SCHEMA = {
  isv_goods_id_list: ['String'],
  user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module_list: [
      {
        isv_goods_id: 'String',
        goods_id: 'Number',
        gmt_create: 'Number',
        user_id: 'Number',
        quantity: 'String',
        delete_flag: 'String',
        device_type: 'Number',
        hardware_id: 'String',
      },
    ],
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.pos.open.inventory.getinventorydata`: method, response root, request and response schemas. */
export const alibabaLstPosOpenInventoryGetinventorydataOperation = {
  method: 'alibaba.lst.pos.open.inventory.getinventorydata',
  responseRoot: 'alibaba_lst_pos_open_inventory_getinventorydata_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品库存只读接口(最多20条库存信息) — calls TOP method `alibaba.lst.pos.open.inventory.getinventorydata`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstPosOpenInventoryGetinventorydata(
  client: TopClient,
  request: AlibabaLstPosOpenInventoryGetinventorydataRequest,
  options?: CallOptions,
): Promise<AlibabaLstPosOpenInventoryGetinventorydataResponse> {
  return client.call<AlibabaLstPosOpenInventoryGetinventorydataResponse>(
    {
      method: 'alibaba.lst.pos.open.inventory.getinventorydata',
      responseRoot: 'alibaba_lst_pos_open_inventory_getinventorydata_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
