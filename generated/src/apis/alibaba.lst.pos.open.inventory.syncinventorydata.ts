// Generated from specs/lstpos/alibaba.lst.pos.open.inventory.syncinventorydata.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.pos.open.inventory.syncinventorydata` (商品库存修改同步接口(最多20条库存信息)). */
export interface AlibabaLstPosOpenInventorySyncinventorydataRequest {
  /**
   * 库存对象列表
   *
   * Max list size: 20
   */
  inventory_d_t_o_list: AlibabaLstPosOpenInventorySyncinventorydataInventoryDtoInput[];
  /** 门店对应的主账号id */
  user_id: Int64Input;
}

/** Response of `alibaba.lst.pos.open.inventory.syncinventorydata`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstPosOpenInventorySyncinventorydataResponse {
  /** 结果对象 */
  result?: AlibabaLstPosOpenInventorySyncinventorydataResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InventoryDto` of `alibaba.lst.pos.open.inventory.syncinventorydata`. */
export interface AlibabaLstPosOpenInventorySyncinventorydataInventoryDtoInput {
  /** 操作类型 STOCKTAKING-清点，盘点(set重置);STOCKENTERING-入库(加);STOCKOUTPU-出库(减);STOCK_SET-直接(set重置) */
  operate_type: string;
  /** 变更库存传值为正数 */
  trans_quantity: string;
  /** ISV商品Id */
  isv_goods_id: string;
  /** 最后修改 精确到毫秒 */
  gmt_modified?: Int64Input;
  /** 创建时间 精确到毫秒 */
  gmt_create: Int64Input;
  /** isv库存Id主键 */
  isv_inventory_id: string;
  /** 数据来源的设备类型 0：pos，1：自动售货机，-1：其它 缺省值：0 */
  device_type?: Int64Input;
  /** 设备物理硬件ID（自身保证唯一性） */
  hardware_id?: string;
  /** 设备品牌 */
  brand?: string;
  /** 设备型号 */
  model?: string;
}

/** `ResultDto` of `alibaba.lst.pos.open.inventory.syncinventorydata`. */
export interface AlibabaLstPosOpenInventorySyncinventorydataResultDto {
  /** 错误消息 */
  error_message?: string;
  /** 接口具体返回的业务数据对象 */
  module_list?: AlibabaLstPosOpenInventorySyncinventorydataErrorResult[];
  /** 错误误码 */
  error_code?: string;
  /** 接口调用是否成功 true:调用成功 false:调用失败 */
  success?: boolean;
}

/** `ErrorResult` of `alibaba.lst.pos.open.inventory.syncinventorydata`. */
export interface AlibabaLstPosOpenInventorySyncinventorydataErrorResult {
  /** 单个库存操作错误码 */
  error_code?: string;
  /** 单个库存操作错误消息 */
  error_message?: string;
  /** 单个库存操作标志 true：成功 fasle：失败 */
  success?: boolean;
  /** 单个库存处理数据对象 */
  data?: string;
  /** 单个库存isv库存业务主键 */
  key?: string;
}

const REQUEST_SCHEMA = {
  inventory_d_t_o_list: [
    {
      operate_type: 'String',
      trans_quantity: 'String',
      isv_goods_id: 'String',
      gmt_modified: 'Number',
      gmt_create: 'Number',
      isv_inventory_id: 'String',
      device_type: 'Number',
      hardware_id: 'String',
      brand: 'String',
      model: 'String',
    },
  ],
  user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module_list: [
      {
        error_code: 'String',
        error_message: 'String',
        success: 'Boolean',
        data: 'String',
        key: 'String',
      },
    ],
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.pos.open.inventory.syncinventorydata`: method, response root, request and response schemas. */
export const alibabaLstPosOpenInventorySyncinventorydataOperation = {
  method: 'alibaba.lst.pos.open.inventory.syncinventorydata',
  responseRoot: 'alibaba_lst_pos_open_inventory_syncinventorydata_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品库存修改同步接口(最多20条库存信息) — calls TOP method `alibaba.lst.pos.open.inventory.syncinventorydata`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstPosOpenInventorySyncinventorydata(
  client: TopClient,
  request: AlibabaLstPosOpenInventorySyncinventorydataRequest,
  options?: CallOptions,
): Promise<AlibabaLstPosOpenInventorySyncinventorydataResponse> {
  return client.call<AlibabaLstPosOpenInventorySyncinventorydataResponse>(
    {
      method: 'alibaba.lst.pos.open.inventory.syncinventorydata',
      responseRoot: 'alibaba_lst_pos_open_inventory_syncinventorydata_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
